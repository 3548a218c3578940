// Dates as a reader reads them. In US English, the format's default language, the viewer writes
// them itself, without making an Intl.DateTimeFormat (a page's first one loads the browser's locale
// data, tens of milliseconds before the first paint): what it writes must be what Intl writes, in
// any time zone, for every date the format allows. Other languages go to Intl, whose first
// formatter the app makes while its wasm is still downloading, and only then.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openPage, REPO_ROOT, serve } from './support.mjs';

// Daylight saving's changes, midnight and noon, a leap day, the first and last years RFC 3339
// allows (the reader's clock can put them in year 0 or 10000), fractions, an offset of 5:45, and
// a leap second, which the browser cannot read (the viewer then shows it as written).
const PUBLISHED = [
  '2026-11-24T09:00:00Z',
  '2026-11-24T00:05:00Z',
  '2026-11-24T12:30:00Z',
  '2026-11-24T11:59:00Z',
  '2026-03-08T06:59:00Z',
  '2026-03-08T07:30:00Z',
  '2026-11-01T05:30:00Z',
  '2026-10-04T15:45:00Z',
  '2026-04-04T14:59:00Z',
  '2024-02-29T23:59:00-01:00',
  '1999-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:30:00Z',
  '2026-06-15T12:00:00.123+05:45',
  '2016-12-31T23:59:60Z',
];
const ZONES = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'America/St_Johns'];

/** An article whose header has a publication and an update, and a related story for each date. */
const article = (lang) => ({
  lang,
  headline: 'Dates',
  published: '2026-11-24T09:00:00Z',
  updated: '2026-11-24T13:30:00+01:00',
  body: [{ type: 'divider' }],
  related: PUBLISHED.map((published, index) => ({ headline: `Story ${index}`, url: `https://example.org/${index}`, published })),
});

let server;
before(async () => {
  server = await serve(undefined, { '/e2e/': join(REPO_ROOT, 'tests/e2e/pages') });
});
after(() => server?.close());

/**
 * Mounts the article in `lang` through the JS API in a browser whose time zone is `zone`. Returns
 * each <time>'s text beside what Intl writes for it in the same style (its `datetime` as written
 * when Intl cannot read it), and how many Intl date formatters the viewer made while it rendered.
 */
async function rendered(zone, lang) {
  const browser = await launch({ timezoneId: zone });
  try {
    const { page, problems } = await openPage(browser);
    // Counts the formatters made with a dateStyle (the viewer's; the module's warm-up asks for none).
    await page.addInitScript(() => {
      const Native = Intl.DateTimeFormat;
      window.nativeDateTimeFormat = Native;
      window.datedFormatters = 0;
      Intl.DateTimeFormat = new Proxy(Native, {
        construct(target, args) {
          if (args[1]?.dateStyle) window.datedFormatters++;
          return Reflect.construct(target, args);
        },
      });
    });
    await page.goto(`${server.url}e2e/api.html`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => window.articleViewer);
    const result = await page.evaluate(async ({ article, lang }) => {
      const target = document.querySelector('#target');
      window.articleViewer.mount(target, article);
      const root = target.querySelector('.article-viewer').shadowRoot;
      for (let waited = 0; root.querySelectorAll('.av-related time').length < article.related.length && waited < 10_000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const made = window.datedFormatters;
      // Before year 1 on the reader's clock Intl writes an era, and the viewer leaves it to Intl.
      const beforeYearOne = [article.published, ...article.related.map((story) => story.published)]
        .filter((datetime) => new Date(datetime).getFullYear() < 1).length;
      const times = [...root.querySelectorAll('time')].map((time) => {
        const long = time.closest('.av-published, .av-updated') !== null;
        const options = long ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'medium' };
        const datetime = time.getAttribute('datetime');
        let intl;
        try {
          intl = new window.nativeDateTimeFormat(lang, options).format(new Date(datetime));
        } catch {
          intl = datetime;
        }
        return { datetime, shown: time.textContent, intl };
      });
      return { made, beforeYearOne, times };
    }, { article: article(lang), lang });
    assert.deepEqual(problems, []);
    return result;
  } finally {
    await browser.close();
  }
}

test('in US English the viewer writes every date as Intl does, in every time zone, without an Intl formatter', async () => {
  let compared = 0;
  let eras = 0;
  for (const zone of ZONES) {
    for (const lang of ['en', 'en-US']) {
      const { made, beforeYearOne, times } = await rendered(zone, lang);
      assert.equal(times.length, PUBLISHED.length + 2, `${zone}: the header's two dates and each related story's`);
      for (const { datetime, shown, intl } of times) {
        assert.equal(shown, intl, `${datetime} in ${zone}, ${lang}`);
        compared++;
      }
      assert.equal(made, beforeYearOne, `${zone}, ${lang}: no Intl date formatter made but for a date before year 1`);
      eras += beforeYearOne;
    }
  }
  assert.equal(compared, ZONES.length * 2 * (PUBLISHED.length + 2));
  // The three zones behind Greenwich in year 1 (New York, St John's and, on its local mean time
  // then, Kiritimati) put 0001-01-01T00:00:00Z in year 0: the era's way was taken too.
  assert.equal(eras, 3 * 2);
});

test('other languages, British English among them, are written by Intl (the check above sees Intl formatters and tells the dates apart)', async () => {
  const american = await rendered('Asia/Kolkata', 'en');
  for (const lang of ['en-GB', 'ar', 'tr']) {
    const { made, times } = await rendered('Asia/Kolkata', lang);
    assert.ok(made > 0, `${lang}: the viewer's Intl formatters are counted`);
    assert.equal(times.length, PUBLISHED.length + 2);
    for (const [index, { datetime, shown, intl }] of times.entries()) {
      assert.equal(shown, intl, `${datetime}, ${lang}`);
      // Every date the browser can read is written otherwise than in US English.
      if (intl !== datetime) assert.notEqual(shown, american.times[index].shown, `${datetime}, ${lang}`);
    }
  }
});

/**
 * Opens the app on the sample (in English) with one of its downloads held back until `release`
 * resolves (given the page and the wasm's arrival), and counts the formatters made with no arguments: the app's warm-up.
 */
async function warmUps(held, release) {
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser);
    await page.addInitScript(() => {
      const Native = Intl.DateTimeFormat;
      window.warmUps = 0;
      Intl.DateTimeFormat = new Proxy(Native, {
        construct(target, args) {
          if (args.length === 0) window.warmUps++;
          return Reflect.construct(target, args);
        },
      });
    });
    const wasmArrived = page.waitForEvent('requestfinished', {
      predicate: (request) => request.url().endsWith('/article-viewer_bg.wasm'),
      timeout: 30_000,
    });
    wasmArrived.catch(() => {});
    await page.route(`**/${held}`, async (route) => {
      await release(page, wasmArrived);
      await route.continue();
    });
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.locator('article h1').waitFor();
    assert.deepEqual(problems, []);
    return await page.evaluate(() => window.warmUps);
  } finally {
    await browser.close();
  }
}

test("the app makes its warm-up formatter while the wasm is on its way, and none once it has arrived", async () => {
  // The wasm held back until the loader has run: the warm-up is made meanwhile.
  const whileWaiting = await warmUps('article-viewer_bg.wasm', async (page) => {
    for (let waited = 0; waited < 10_000; waited += 50) {
      if (await page.evaluate(() => window.warmUps > 0).catch(() => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  assert.equal(whileWaiting, 1);
  // The loader held back until the wasm has arrived: no warm-up (the sample needs none).
  const afterArrival = await warmUps('app.js', (page, wasmArrived) => wasmArrived);
  assert.equal(afterArrival, 0);
});
