// Hands the module's API to the end-to-end tests, which drive it through page.evaluate.
import { mount, validate } from '../embed.js';

window.articleViewer = { mount, validate };
