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
const ready = Promise.all([init(), styled]);
// A page's first Intl.DateTimeFormat loads the browser's locale data, which takes tens of
// milliseconds (four times that on a phone): paid here, while the module downloads and compiles,
// instead of when an article's dates are formatted (but for US English, the format's default,
// which needs none: src/view/dates.rs). Any language will do.
new Intl.DateTimeFormat().format();
await ready;
useStylesheet(stylesheet);

// Each attribute's property, as built-in elements have: [property, attribute, kind].
const PROPERTIES = [
  ['src', 'src', String],
  ['theme', 'theme', String],
  // Not `diagnostics`: that property holds the list of the article's diagnostics.
  ['showDiagnostics', 'diagnostics', Boolean],
  ['controls', 'controls', Boolean],
  // The embed providers the reader agreed to, as keys separated by spaces.
  ['consent', 'consent', String],
  ['fetchTimeout', 'fetch-timeout', Number],
  ['maxDocumentBytes', 'max-document-bytes', Number],
  ['maxJsonDepth', 'max-json-depth', Number],
  ['maxBlocks', 'max-blocks', Number],
  ['maxMarkdownNesting', 'max-markdown-nesting', Number],
];

class ArticleViewerElement extends HTMLElement {
  static observedAttributes = PROPERTIES.map(([, attribute]) => attribute);

  #viewer = new ElementViewer(this);

  connectedCallback() {
    // A property set before this module defined the element is an own property of the
    // element, hiding the class's setter: hand it to the setter, so it takes effect.
    for (const [property] of PROPERTIES) {
      if (Object.hasOwn(this, property)) {
        const value = this[property];
        delete this[property];
        this[property] = value;
      }
    }
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

for (const [property, attribute, kind] of PROPERTIES) {
  Object.defineProperty(ArticleViewerElement.prototype, property, {
    configurable: true,
    enumerable: true,
    get() {
      if (kind === Boolean) return this.hasAttribute(attribute);
      const value = this.getAttribute(attribute);
      if (kind === String) return value ?? '';
      // A number attribute that is absent or not a number reads as null: the default applies.
      return value === null || value.trim() === '' || Number.isNaN(Number(value)) ? null : Number(value);
    },
    set(value) {
      if (kind === Boolean) this.toggleAttribute(attribute, Boolean(value));
      else if (kind === Number && value == null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    },
  });
}

if (!customElements.get('article-viewer')) customElements.define('article-viewer', ArticleViewerElement);

export { mount, validate };
