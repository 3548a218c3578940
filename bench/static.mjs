// The floor: each article as a static HTML page with the same stylesheet and no script. It is
// the plain-JS peer's DOM after rendering, saved from Chromium on the server that the benchmark
// then uses (the article's resolved URLs name its port), with every script removed.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONDITIONS, openPage } from './chromium.mjs';

export async function writeStaticPages(browser, server, articles, dir, css) {
  await mkdir(dir, { recursive: true });
  await copyFile(css, join(dir, 'article.css'));
  for (const article of articles) {
    const session = await openPage(browser, CONDITIONS.desktop);
    try {
      await session.page.goto(`${server.url}peers/plain/?src=/articles/${article.file}`);
      await session.page.waitForSelector('footer.av-footer', { state: 'attached', timeout: 120_000 });
      const html = await session.page.evaluate(() => {
        for (const script of document.querySelectorAll('script')) script.remove();
        document.querySelector('.app-name').textContent = 'static';
        return `<!doctype html>\n${document.documentElement.outerHTML}\n`;
      });
      if (/<script/i.test(html)) throw new Error(`a script is left in the static page of ${article.file}`);
      await writeFile(join(dir, article.file.replace(/\.json$/, '.html')), html);
    } finally {
      await session.close();
    }
  }
}
