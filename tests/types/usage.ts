// Compiled by `tsc` in scripts/test: the package's declarations describe what a page writes.
import { mount, validate, type Diagnostic, type EmbedProvider, type MountedViewer } from '../../web/embed.js';

const target = document.createElement('div');
const viewer: MountedViewer = mount(target, { headline: 'H', body: [] }, { theme: 'dark', diagnostics: true });
viewer.update('/stories/next.json');
viewer.update(new URL('https://example.org/story.json'));
const diagnostics: Diagnostic[] = viewer.diagnostics;
const severities: Array<'error' | 'warning'> = diagnostics.map((diagnostic) => diagnostic.severity);
viewer.element.addEventListener('article-viewer:load', (event) => {
  const headline: string = event.detail.headline;
  const paths: string[] = event.detail.diagnostics.map((diagnostic) => diagnostic.path);
  console.log(headline, paths, severities);
});
viewer.destroy();

const element = document.querySelector('article-viewer');
element?.addEventListener('article-viewer:navigate', (event) => {
  if (event.detail.src === null) event.preventDefault();
});
element?.addEventListener('article-viewer:error', (event) => console.log(event.detail.place ?? event.detail.message));
const fromElement: Diagnostic[] | undefined = element?.diagnostics;

export const checked: Promise<Diagnostic[]> = validate('{"headline": "H", "body": []}', {
  baseUrl: location.href,
  limits: { maxDocumentBytes: 2 * 1024 * 1024, maxBlocks: 5_000 },
});
export const checkedInTime: Promise<Diagnostic[]> = validate('/story.json', { fetchTimeout: 3_000 });
const limited: MountedViewer = mount(target, '/big.json', { fetchTimeout: 5_000, limits: { maxJsonDepth: 32, maxMarkdownNesting: 8 } });
limited.destroy();

// Embeds: the page's consent manager approves providers ahead, and remembers the reader's choices.
const approved: EmbedProvider[] = ['youtube', 'vimeo'];
const withConsent: MountedViewer = mount(target, '/story.json', { consent: approved });
withConsent.element.addEventListener('article-viewer:consent', (event) => {
  const provider: EmbedProvider = event.detail.provider;
  const page: string = event.detail.url;
  if (!approved.includes(provider)) approved.push(provider);
  console.log(page);
});
mount(target, '/story.json', { consent: 'youtube spotify' }).destroy();
element?.setAttribute('consent', approved.join(' '));
withConsent.destroy();
export { fromElement };

// Properties reflect the attributes, with their types.
const created = document.createElement('article-viewer');
created.src = '/stories/next.json';
created.theme = 'dark';
created.showDiagnostics = true;
created.controls = true;
created.consent = 'youtube vimeo';
created.maxBlocks = 500;
created.fetchTimeout = null;
export const timeout: number | null = created.fetchTimeout;
// @ts-expect-error showDiagnostics is a boolean, not the attribute's text
created.showDiagnostics = 'yes';
// @ts-expect-error the diagnostics list is read-only
created.diagnostics = [];

// The page's content in the article, and reading events.
const advertisement = document.createElement('aside');
mount(target, '/story.json', { controls: true, slots: { 'after-block-3': advertisement, end: document.createElement('form') } });
created.addEventListener('article-viewer:progress', (event) => {
  const percent: 25 | 50 | 75 | 100 = event.detail.percent;
  console.log(percent);
});
created.addEventListener('article-viewer:read', (event) => console.log(event.detail.seconds.toFixed(1)));
created.addEventListener('article-viewer:link', (event) => {
  const leaves: boolean = event.detail.external;
  console.log(event.detail.url, leaves);
});
