// The standalone app's loader: a file, not an inline script, so the page can forbid inline scripts.
import init, { startApp } from './article-viewer.js';

await init();
startApp();
