// Each limit by its own name, set by the page both ways, as the README's table names them: the
// element's attribute and the option of mount(). A limit that one of the two ways stopped
// reading would keep its default here, and its case would fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BLOCKS, openPage, REPO_ROOT, servedAndLaunched } from './support.mjs';

const doc = (fields) => JSON.stringify({ headline: 'Limits', body: [{ type: 'text', text: 'One.' }], ...fields });
const texts = (n) => Array.from({ length: n }, (_, i) => ({ type: 'text', text: `Block ${i}.` }));

// [attribute, option, value, article (JSON text, or a path to fetch), what shows that it applied]
const CASES = [
  ['max-document-bytes', 'maxDocumentBytes', 100, doc({ standfirst: 'x'.repeat(200) }), { error: /over the size limit of 100 bytes \(maxDocumentBytes\)/ }],
  ['max-json-depth', 'maxJsonDepth', 3, doc({ extra: [[[[1]]]] }), { error: /the depth limit \(maxJsonDepth\)/ }],
  ['max-blocks', 'maxBlocks', 2, doc({ body: texts(3) }), { blocks: 2, diagnostic: /the block limit \(maxBlocks\)/ }],
  ['max-markdown-nesting', 'maxMarkdownNesting', 2, doc({ body: [{ type: 'text', text: '> > > three deep' }] }), { diagnostic: /the nesting limit \(maxMarkdownNesting\)/ }],
  ['fetch-timeout', 'fetchTimeout', 500, '/slow/story.json', { error: /took longer than 1 s/ }],
];

const setup = servedAndLaunched({ mounts: { '/e2e/': join(REPO_ROOT, 'tests/e2e/pages') } });

/** Shows `article` with one limit set, by attribute or by option; resolves to what it showed. */
async function show(page, way, [attribute, option, value, article]) {
  return page.evaluate(
    async ({ way, attribute, option, value, article, blocks }) => {
      const { mount } = await import('../embed.js');
      const byUrl = article.startsWith('/');
      let host, diagnostics;
      const settled = new Promise((resolve) => {
        const done = () => resolve();
        document.addEventListener('article-viewer:load', done, { once: true });
        document.addEventListener('article-viewer:error', done, { once: true });
      });
      if (way === 'attribute') {
        host = document.createElement('article-viewer');
        host.setAttribute(attribute, String(value));
        if (byUrl) host.setAttribute('src', article);
        else {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = article;
          host.append(script);
        }
        document.body.append(host);
      } else {
        const options = option === 'fetchTimeout' ? { fetchTimeout: value } : { limits: { [option]: value } };
        const viewer = mount(document.body, article, options);
        host = viewer.element;
        diagnostics = () => viewer.diagnostics;
      }
      await settled;
      const root = host.shadowRoot;
      return {
        error: root.querySelector('.av-error-reason')?.textContent ?? null,
        blocks: root.querySelectorAll(blocks).length,
        diagnostics: (diagnostics ? diagnostics() : host.diagnostics).map((d) => d.message),
      };
    },
    { way, attribute, option, value, article, blocks: BLOCKS },
  );
}

// One test per limit name: the attribute (kebab-case) and the option (camelCase), ten in all.
let declared = 0;
for (const way of ['attribute', 'option']) {
  for (const limit of CASES) {
    const [attribute, option, value, , expected] = limit;
    const name = way === 'attribute' ? attribute : option;
    declared++;
    test(`the ${way} ${name}="${value}" applies, and the message names it`, async () => {
      const { page } = await openPage(setup.browser);
      // The slow story answers after 2.5 s, past the 0.5 s limit.
      await page.route('**/slow/story.json', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 2500));
        await route.fulfill({ status: 200, contentType: 'application/json', body: doc({}) }).catch(() => {});
      });
      await page.goto(`${setup.server.url}e2e/host.html`);
      const shown = await show(page, way, limit);
      if (expected.error) assert.match(shown.error ?? '', expected.error, `${name}: ${JSON.stringify(shown)}`);
      else assert.equal(shown.error, null, `${name}: ${JSON.stringify(shown)}`);
      if (expected.blocks) assert.equal(shown.blocks, expected.blocks, name);
      if (expected.diagnostic) {
        assert.ok(shown.diagnostics.some((message) => expected.diagnostic.test(message)), `${name}: ${JSON.stringify(shown)}`);
      }
      await page.close();
    });
  }
}

test('there is a test for each of the five limits, both ways', () => {
  assert.equal(CASES.length, 5);
  assert.equal(declared, 2 * CASES.length);
  assert.deepEqual(CASES.map(([attribute]) => attribute), ['max-document-bytes', 'max-json-depth', 'max-blocks', 'max-markdown-nesting', 'fetch-timeout']);
});
