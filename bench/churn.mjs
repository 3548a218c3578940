// Memory churn of the viewer (release build): many in-place navigations in the app, and many
// mount/destroy cycles through the JS API. Reports the JS heap (after a full garbage collection)
// and the wasm memory before the first, after the 100th and after the last.
import { CONDITIONS, memory, openPage } from './chromium.mjs';

const CHECKPOINTS = [0, 100, 1000];

/** In the app: follow the related story (idlib ⇄ format tour, both with `src`) in place, `count` times. */
async function navigations(browser, server, count) {
  const session = await openPage(browser, CONDITIONS.desktop);
  const { page } = session;
  try {
    await page.goto(`${server.url}viewer/?src=/articles/idlib.json`);
    await page.waitForSelector('footer.av-footer', { state: 'attached' });
    return await checkpoints(session, count, (n) => page.evaluate(async (n) => {
      for (let i = 0; i < n; i++) {
        const before = document.querySelector('h1.av-headline').textContent;
        document.querySelector('.av-related .av-story-link').click();
        while (document.querySelector('h1.av-headline')?.textContent === before || !document.querySelector('footer.av-footer')) {
          await new Promise((ok) => setTimeout(ok, 1));
        }
      }
    }, n));
  } finally {
    await session.close();
  }
}

/** Through the JS API: mount the sample (as an object: rendered at once), then destroy it, `count` times. */
async function mounts(browser, server, count) {
  const session = await openPage(browser, CONDITIONS.desktop);
  const { page } = session;
  try {
    await page.goto(`${server.url}bench/churn.html`);
    await page.waitForFunction(() => window.articleViewer);
    await page.evaluate(async () => {
      window.sample = await (await fetch('/articles/idlib.json')).json();
    });
    const cycle = (n) => page.evaluate((n) => {
      const target = document.getElementById('target');
      for (let i = 0; i < n; i++) {
        const viewer = window.articleViewer.mount(target, window.sample, { baseUrl: location.origin + '/articles/' });
        if (!viewer.element.shadowRoot.querySelector('h1')) throw new Error('mount rendered no headline');
        viewer.destroy();
      }
      if (target.childElementCount) throw new Error('destroy left elements behind');
    }, n);
    return await checkpoints(session, count, cycle);
  } finally {
    await session.close();
  }
}

// Runs `step(n)` until `count` in all, measuring after each checkpoint.
async function checkpoints(session, count, step) {
  const rows = [];
  let done = 0;
  for (const at of CHECKPOINTS.filter((n) => n <= count).concat(CHECKPOINTS.includes(count) ? [] : [count])) {
    await step(at - done);
    done = at;
    rows.push({ after: at, ...(await memory(session)) });
  }
  return rows;
}

export async function churn(browser, server, count) {
  return {
    navigations: await navigations(browser, server, count),
    mounts: await mounts(browser, server, count),
  };
}
