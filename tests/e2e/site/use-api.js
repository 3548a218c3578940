// The package README's JS API snippet.
import { mount, validate } from '/article-viewer/embed.js';

const viewer = mount(document.querySelector('#by-api'), { headline: 'Mounted by the API', body: [{ type: 'divider' }] });
window.apiResult = { diagnostics: viewer.diagnostics, validated: await validate('/stories/every-block.json') };
