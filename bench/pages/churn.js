// Hands the viewer's JS API (the release build's embed.js) to bench/churn.mjs.
import { mount } from '/viewer/embed.js';

window.articleViewer = { mount };
