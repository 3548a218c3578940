// Writes the fuzz targets' seed corpora into fuzz/corpus/<target>/, from the repository
// (samples, test fixtures, the malformed-document corpus when present), the shared XSS
// payloads (../shared/corpora/xss), and the Markdown and URL tricks below. Each seed is
// named by its content's hash, so running this again adds nothing twice.
//
// node fuzz/seed.mjs            (scripts/fuzz runs it)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fuzzDir = dirname(fileURLToPath(import.meta.url));
const repo = dirname(fuzzDir);
const shared = process.env.SHARED_DIR ?? join(repo, '..', 'shared');

const seeds = { load: new Set(), validate: new Set(), markdown: new Set(), url_policy: new Set() };

const jsonFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(dir, name))
    : [];

// 1. Documents as they are: the samples, the fixtures, and other engineers' corpora.
const documents = [
  ...jsonFiles(join(repo, 'samples')),
  ...jsonFiles(join(repo, 'tests', 'fixtures')),
  ...jsonFiles(join(repo, 'tests', 'corpora', 'malformed')),
  ...jsonFiles(join(repo, 'tests', 'corpora', 'xss')),
];
const parsedDocuments = [];
for (const file of documents) {
  const text = readFileSync(file, 'utf8');
  seeds.load.add(text);
  seeds.validate.add(text);
  try {
    parsedDocuments.push(JSON.parse(text));
  } catch {
    // Not JSON on purpose (the malformed corpus): a seed as it is, nothing to walk.
  }
}

// Every string in the documents that is Markdown or a URL, by its field's name.
const markdownFields = new Set(['text', 'standfirst', 'caption']);
const urlFields = new Set(['url', 'src', 'link', 'cite', 'poster']);
const walk = (value, key) => {
  if (typeof value === 'string') {
    if (markdownFields.has(key)) seeds.markdown.add(value);
    if (urlFields.has(key)) seeds.url_policy.add(value);
  } else if (Array.isArray(value)) {
    value.forEach((item) => walk(item, key));
  } else if (value && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) walk(item, name);
  }
};
parsedDocuments.forEach((document) => walk(document, ''));

// 2. The XSS payloads, with H5SC's placeholders filled in as its README says.
const fill = (payload) =>
  payload
    .replace(/%js_uri_alert[a-z_0-9]*%/g, 'javascript:alert(1)')
    .replace(/%js_[a-z_0-9]+%/g, 'alert(1)')
    .replace(/%html_alert_encoded%/g, '&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;')
    .replace(/%[a-z_0-9]+_path%/g, 'https://example.org/x');
const payloads = [];
for (const file of jsonFiles(join(shared, 'corpora', 'xss'))) {
  for (const item of JSON.parse(readFileSync(file, 'utf8')).items ?? []) {
    payloads.push(fill(String(item.payload)));
  }
}
if (payloads.length === 0) console.warn(`seed: no XSS payloads found under ${shared}/corpora/xss`);

// URLs inside the payloads' attributes (href, src, formaction, xlink:href, ...).
const attributeUrls = (payload) =>
  [...payload.matchAll(/(?:href|src|action|formaction|data|poster|background|srcset|to|values)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
    (match) => match[1] ?? match[2] ?? match[3],
  );

// 3. Markdown tricks: links and images in every syntax, entities, escapes, raw HTML,
// footnotes, and nesting past the limits.
const markdownTricks = [
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](&#x6A;avascript&#x3A;alert(1))',
  '[x](javascript&colon;alert(1))',
  '[x](javascript\\:alert(1))',
  '[x](<java\tscript:alert(1)>)',
  '[x](<javascript:alert(1)> "t")',
  '[x]( javascript:alert(1) )',
  '[x](data:text/html,<script>alert(1)</script>)',
  '![x](data:image/svg+xml,<svg/onload=alert(1)>)',
  '![x](data:image/png;base64,iVBORw0KGgo=)',
  '![x](DATA:IMAGE/PNG,x "png")',
  '[x][r]\n\n[r]: javascript:alert(1)',
  '[x][r]\n\n[r]: <vbscript:msgbox(1)> "title"',
  '[x]\n\n[x]: &#106;avascript:alert(1)',
  '<javascript:alert(1)>',
  '<JAVASCRIPT:alert(1)>',
  '<mailto:desk@example.org>',
  '<desk@example.org>',
  '<https://example.org/a b>',
  '[a](#notes) [b](#java script:x) [c](#)',
  '[a](//evil.example/x) [b](\\\\evil.example\\x) [c](../up) [d](?q=1)',
  '[![img](javascript:alert(1))](javascript:alert(2))',
  '[outer [inner](https://a.example/) text](https://b.example/)',
  '![alt [link](https://example.org/) alt](https://example.org/i.png)',
  '<a href="javascript:alert(1)">x</a>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>\n\ntext',
  '<!-- comment --> <?php echo 1; ?> <![CDATA[x]]>',
  '`[x](javascript:alert(1))`',
  '```\n<script>alert(1)</script>\n```',
  '    [x](javascript:alert(1))',
  'text[^1] more[^Note] [^missing]\n\n[^1]: one [^note]\n[^note]: two [^1]',
  '[^a]: orphan\n\n[^a]',
  '| a | [b](javascript:alert(1)) |\n|:--|--:|\n| ![c](x.png) | ~~d~~ |',
  '- a\n  - b\n    - c\n      - d\n        - e\n          - f',
  '1. a\n   > b\n   > > c\n   > > > d',
  '> '.repeat(40) + 'deep',
  '- '.repeat(40) + 'deep',
  '*'.repeat(60) + 'x' + '*'.repeat(60),
  '['.repeat(50) + 'x' + '](y)'.repeat(50),
  '> - > - > - > - > - [x](https://example.org/) ~~y~~',
  '# h1\n###### h6\nsetext\n===\n\n---\n\n***',
  'hard  \nbreak\\\nagain',
  '\u0000[x](javascript:alert(1))\u0000',
  '[x](\u0000javascript:alert(1))',
  '[x](https://例え.jp/記事) [y](https://xn--r8jz45g.jp/)',
  '[x](https://example.org/a.jpg,) ![y](data:image/png,a b 480w)',
];

// 4. URL tricks: spellings of refused schemes, and the allowed ones at their edges.
const urlTricks = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\r\nscript:alert(1)',
  ' \u0000\u0001\u001fjavascript:alert(1)',
  'javascript:alert(1)\u0000 ',
  'javascript://%0aalert(1)',
  'javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript%3Aalert(1)',
  '\u00a0javascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  'vbscript:msgbox(1)',
  'livescript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/svg+xml;base64,PHN2Zz4=',
  'data:image/png;text/html,x',
  'data:image/png',
  'data:image/png,',
  'data:,image/png',
  'data:image/pngx,x',
  'data: image/png ,x',
  'DATA:IMAGE/PNG;BASE64,iVBORw0KGgo=',
  'data:image/png,a b 480w, https://evil.example/c.png',
  'data:image/avif;charset=x,y',
  'file:///etc/passwd',
  'FILE://server/share',
  'blob:https://example.org/uuid',
  'filesystem:https://example.org/temporary/x',
  'about:blank',
  'view-source:https://example.org/',
  'ftp://example.org/x',
  'ws://example.org/',
  'tel:+15555550100',
  'mailto:desk@example.org',
  'MAILTO:a b@example.org?subject=x y',
  'mailto:javascript:alert(1)',
  'https://example.org/a.jpg',
  'https://example.org/a.jpg,',
  'https://example.org/a b.jpg',
  'http://user:pw@example.org:8080/p?q#f',
  'https://例え.jp/記事',
  'https://xn--r8jz45g.jp/',
  'https://[::1]/x',
  'http://0x7f.1/',
  'https://example.org/?q=javascript:alert(1)',
  'https:example.org',
  'https:/example.org',
  'https:///example.org',
  'http://',
  'https://exa mple.org/',
  'https://%65xample.org/',
  '//evil.example/x',
  '\\\\evil.example\\x',
  '/\\evil.example',
  '/relative/path.png',
  '../../../up.png',
  '?q=1',
  '#notes',
  '#java script:alert(1)',
  '#',
  '',
  '   ',
];

for (const payload of payloads) {
  seeds.markdown.add(payload);
  seeds.url_policy.add(payload);
  for (const url of attributeUrls(payload)) seeds.url_policy.add(url);
}
markdownTricks.forEach((trick) => seeds.markdown.add(trick));
urlTricks.forEach((url) => seeds.url_policy.add(url));

// 5. Articles carrying each payload, Markdown trick and URL trick in every kind of field.
const article = (markdown, url) => ({
  url,
  headline: 'A headline',
  standfirst: markdown,
  byline: [{ name: 'A', url, image: { src: url, alt: markdown } }],
  source: { name: 'S', url, logo: { src: url, alt: '' } },
  lead: { type: 'image', src: url, alt: '', caption: markdown, srcset: [{ src: url, width: 480 }], link: url },
  body: [
    { type: 'text', text: markdown },
    { type: 'heading', text: markdown, id: 'notes' },
    { type: 'image', src: url, alt: markdown, caption: markdown, link: url },
    { type: 'gallery', images: [{ src: url, alt: '' }], caption: markdown },
    { type: 'pullquote', text: markdown },
    { type: 'quote', text: markdown, cite: url },
    { type: 'related', headline: 'R', url, src: url, standfirst: markdown },
    { type: 'aside', title: markdown, text: markdown },
    { type: 'video', src: url, poster: url, caption: markdown },
    { type: 'divider' },
  ],
  tags: [markdown, { name: 'T', url }],
  related: [{ headline: 'R', url, src: url, image: { src: url, alt: '' } }],
});
const urlOf = (text) => attributeUrls(text)[0] ?? text;
for (const text of [...payloads, ...markdownTricks, ...urlTricks]) {
  const json = JSON.stringify(article(text, urlOf(text)), null, 1);
  seeds.load.add(json);
  seeds.validate.add(json);
}

// Write them, each file named by its content.
let written = 0;
for (const [target, set] of Object.entries(seeds)) {
  const dir = join(fuzzDir, 'corpus', target);
  mkdirSync(dir, { recursive: true });
  for (const seed of set) {
    const file = join(dir, `seed-${createHash('sha1').update(seed).digest('hex')}`);
    if (!existsSync(file)) {
      writeFileSync(file, seed);
      written += 1;
    }
  }
}
mkdirSync(join(fuzzDir, 'corpus', 'structured'), { recursive: true });
const counts = Object.entries(seeds)
  .map(([target, set]) => `${target} ${set.size}`)
  .join(', ');
console.log(`seed: ${counts} seeds (${written} new files)`);
