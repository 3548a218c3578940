// A fragment link inside a viewer never moves the host page to an anchor of its own, nor
// changes its address: the viewer follows fragments inside its shadow root, or does nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openPage, REPO_ROOT, servedAndLaunched } from './support.mjs';

const ARTICLE = {
  headline: 'Fragments',
  body: [
    { type: 'text', text: '[see the comments](#comments) and [the notes](#notes)' },
    ...Array.from({ length: 30 }, (_, i) => ({ type: 'text', text: `Paragraph ${i} of a long story.` })),
    { type: 'heading', text: 'Notes', id: 'notes' },
    { type: 'text', text: 'The end.' },
  ],
};

const setup = servedAndLaunched({
  mounts: { '/e2e/': join(REPO_ROOT, 'tests/e2e/pages') },
  launchOptions: { viewport: { width: 800, height: 600 } },
});

test('fragment links inside a viewer leave the host page where it is', async () => {
  const { page, problems } = await openPage(setup.browser);
  await page.goto(`${setup.server.url}e2e/host.html`);
  await page.evaluate(async (article) => {
    // The host page has its own #comments, far down, which the article's link must not reach.
    const spacer = Object.assign(document.createElement('div'), { style: 'height: 4000px' });
    const comments = Object.assign(document.createElement('section'), { id: 'comments' });
    comments.textContent = "The host page's comments";
    document.body.prepend(Object.assign(document.createElement('div'), { id: 'story' }));
    document.body.append(spacer, comments);
    const { mount } = await import('../embed.js');
    mount(document.querySelector('#story'), article);
  }, ARTICLE);
  const viewer = page.locator('#story .article-viewer');
  await viewer.locator('h1').waitFor();
  const before = await page.evaluate(() => {
    window.hashChanges = 0;
    addEventListener('hashchange', () => window.hashChanges++);
    return { y: scrollY, hash: location.hash, href: location.href, hashChanges: 0 };
  });
  // Resolves once the next click has been handled: the viewer's listeners and the link's default
  // action (a fragment navigation, with its scroll, happens then) are done, and a frame drawn.
  const clickHandled = () =>
    page.evaluate(() => {
      window.clickHandled = new Promise((resolve) =>
        addEventListener('click', () => setTimeout(() => requestAnimationFrame(() => resolve()), 0), { once: true }),
      );
    });
  const where = () => page.evaluate(async () => {
    await window.clickHandled;
    return { y: scrollY, hash: location.hash, href: location.href, hashChanges: window.hashChanges };
  });

  await clickHandled();
  await viewer.locator('a[href$="-a-comments"]').click();
  assert.deepEqual(await where(), before, 'a fragment the article does not hold moves nothing');

  // Positive control: a fragment the article holds is followed inside the viewer.
  await clickHandled();
  await viewer.locator('a[href$="-a-notes"]').click();
  const afterExisting = await where();
  assert.equal(afterExisting.hash, before.hash, "the page's fragment is unchanged");
  assert.equal(afterExisting.hashChanges, 0);
  await page.waitForFunction(() => scrollY > 0);
  const notesTop = await viewer.locator('h2:has-text("Notes")').evaluate((h) => h.getBoundingClientRect().top);
  assert.ok(notesTop >= 0 && notesTop < 600, `the heading is in view (top ${notesTop})`);
  assert.equal(await page.evaluate(() => location.href), before.href, "the page's address is unchanged");
  assert.deepEqual(problems, []);
});
