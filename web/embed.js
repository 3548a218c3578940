// The <article-viewer> element and the JS API, in one ES module with no dependencies.
// wasm-bindgen cannot declare a class that extends HTMLElement, so this class is the one part
// of the viewer written in JavaScript: it hands each lifecycle callback to the Rust side.
import init, { ElementViewer, mount, useStylesheet, validate } from './article-viewer.js';

// The viewer's size unit inside a shadow root (see :host in viewer.css). Registered here, in the
// document, because @property rules in a shadow root's stylesheet are not applied everywhere.
try {
  CSS.registerProperty({ name: '--_host-unit', syntax: '<length>', inherits: true, initialValue: '16px' });
} catch {
  // Already registered: a second copy of this module on the page.
}

// One stylesheet for every viewer's shadow root, fetched while the module compiles.
const stylesheet = new CSSStyleSheet();
const styled = fetch(new URL('./viewer.css', import.meta.url))
  .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
  .then((css) => stylesheet.replace(css))
  .catch((error) => console.error('article-viewer: the stylesheet did not load:', error));
await Promise.all([init(), styled]);
useStylesheet(stylesheet);

class ArticleViewerElement extends HTMLElement {
  static observedAttributes = ['src', 'theme', 'diagnostics', 'consent'];

  #viewer = new ElementViewer(this);

  connectedCallback() {
    this.#viewer.connect();
  }

  disconnectedCallback() {
    this.#viewer.disconnect();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (this.isConnected && oldValue !== newValue) this.#viewer.attributeChanged(name);
  }

  /** The diagnostics of the article shown now: `{severity, path, message}` objects. */
  get diagnostics() {
    return this.#viewer.diagnostics();
  }
}

if (!customElements.get('article-viewer')) customElements.define('article-viewer', ArticleViewerElement);

export { mount, validate };
