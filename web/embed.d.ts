// Types for article-viewer's ES module: the <article-viewer> element and the JS API.

/** A finding about a document: `path` is its place, as `body[4].src` (empty for the whole document). */
export interface Diagnostic {
  severity: 'error' | 'warning';
  path: string;
  message: string;
}

/** An article: a format-1 object, its JSON text, or the URL of its JSON (a string or a URL). */
export type Article = object | string | URL;

export interface MountOptions {
  /** The colour scheme; `auto` (the default) follows the reader's preference. */
  theme?: 'light' | 'dark' | 'auto';
  /** Show the diagnostics above the article. */
  diagnostics?: boolean;
  /** What relative URLs in the article resolve against (and a relative article URL); the page by default. */
  baseUrl?: string;
  /** How far the viewer reads a document before it refuses it; each one left out keeps its default. */
  limits?: Limits;
  /** Milliseconds to wait for an article fetched by URL before showing the timeout and a retry (default 20000). */
  fetchTimeout?: number;
  /**
   * The page's own elements to show inside the article, by slot name: `after-block-N` (after the body's
   * block N, counting from 1; past the last block, at the end of the body), `after-body`, `before-related`
   * or `end`. Each is moved into the viewer's element with that `slot` attribute, so the page's CSS and
   * scripts still apply to it.
   */
  slots?: Record<string, Element>;
  /** The embed providers the reader already agreed to: their content loads without asking. An array, or keys separated by spaces. */
  consent?: readonly EmbedProvider[] | string;
  /** Offer the reader controls (text size, line spacing, theme); off by default. */
  controls?: boolean;
}

/** The providers whose content an `embed` block can frame, by the key a page approves them with. */
export type EmbedProvider = 'youtube' | 'vimeo' | 'x' | 'instagram' | 'tiktok' | 'spotify' | 'soundcloud' | 'datawrapper' | 'flourish';

/** Limits on a document, which stop pathological input before it exhausts the stack or freezes the tab. */
export interface Limits {
  /** The largest document, in bytes of JSON text (default 8 MiB). */
  maxDocumentBytes?: number;
  /** The deepest nesting of JSON arrays and objects (default 64, at most 100). */
  maxJsonDepth?: number;
  /** The most body blocks shown; the rest are left out with a diagnostic (default 10,000). */
  maxBlocks?: number;
  /** The deepest nesting of Markdown lists and quotes, in levels; deeper content is flattened (default 32, at most 100). */
  maxMarkdownNesting?: number;
}

export interface MountedViewer {
  /** Shows another article in the same place. */
  update(article: Article): void;
  /** Removes the viewer and its element, and frees what it held. */
  destroy(): void;
  /** The diagnostics of the article shown now. */
  readonly diagnostics: Diagnostic[];
  /** The element the viewer renders in; its events are dispatched here and bubble to the target. */
  readonly element: HTMLElement;
}

/** Renders `article` at the end of `target`, in its own shadow root. */
export function mount(target: HTMLElement, article: Article, options?: MountOptions): MountedViewer;

/** The diagnostics of `article`, without rendering it (fetching it first when given a URL). */
export function validate(article: Article, options?: Pick<MountOptions, 'baseUrl' | 'limits' | 'fetchTimeout'>): Promise<Diagnostic[]>;

export interface LoadDetail {
  headline: string;
  id: string | null;
  diagnostics: Diagnostic[];
}

export interface ErrorDetail {
  /** Why no article is shown, in a sentence. */
  message: string;
  /** Where in the document: `line 3, column 14` or a path such as `headline`; null when nowhere in particular. */
  place: string | null;
  /** The address the article was fetched from, when it was fetched. */
  url: string | null;
}

export interface NavigateDetail {
  headline: string;
  /** The story's web page. */
  url: string;
  /** The story's article JSON, when it can open in place. */
  src: string | null;
  kicker: string | null;
}

export interface ProgressDetail {
  /** The share of the body the reader has scrolled past: each of 25, 50, 75 and 100 once per article. */
  percent: 25 | 50 | 75 | 100;
}

export interface ReadDetail {
  /** Seconds the article was on screen (with the page visible) before the end of its body was. */
  seconds: number;
}

export interface LinkDetail {
  /** The absolute address of the link the reader followed. */
  url: string;
  /** Whether it leaves the page's origin. */
  external: boolean;
}

/**
 * `<article-viewer src="…" theme="light|dark|auto" diagnostics>`. Each attribute has a property that
 * reflects it, and a property set before the module defined the element still takes effect.
 */
/** The reader agreed to load a provider's content: remember it, and pass it back as `consent`. */
export interface ConsentDetail {
  provider: EmbedProvider;
  /** The page of the content the reader loaded, on the provider's site. */
  url: string;
}

/**
 * `<article-viewer src="…" theme="light|dark|auto" diagnostics controls consent="youtube vimeo">`. Each
 * attribute has a property that reflects it, and a property set before the module defined the element
 * still takes effect.
 */
export interface ArticleViewerElement extends HTMLElement {
  /** The diagnostics of the article shown now. */
  readonly diagnostics: Diagnostic[];
  /** The `src` attribute: the address of the article's JSON (`''` when none). */
  src: string;
  /** The `theme` attribute: `light`, `dark` or `auto` (`''` is `auto`). */
  theme: string;
  /** The `diagnostics` attribute: show the diagnostics above the article. */
  showDiagnostics: boolean;
  /** The `controls` attribute: offer the reader controls (text size, line spacing, theme). */
  controls: boolean;
  /** The `consent` attribute: the embed providers the reader agreed to, keys separated by spaces (`''` when none). */
  consent: string;
  /** The `fetch-timeout` attribute, in milliseconds; `null` when unset (20000 applies). Setting `null` removes it. */
  fetchTimeout: number | null;
  /** The `max-document-bytes` attribute (see {@link Limits}); `null` when unset. */
  maxDocumentBytes: number | null;
  /** The `max-json-depth` attribute (see {@link Limits}); `null` when unset. */
  maxJsonDepth: number | null;
  /** The `max-blocks` attribute (see {@link Limits}); `null` when unset. */
  maxBlocks: number | null;
  /** The `max-markdown-nesting` attribute (see {@link Limits}); `null` when unset. */
  maxMarkdownNesting: number | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'article-viewer': ArticleViewerElement;
  }
  interface HTMLElementEventMap {
    /** An article was rendered. Bubbles, composed. */
    'article-viewer:load': CustomEvent<LoadDetail>;
    /** No article could be shown. Bubbles, composed. */
    'article-viewer:error': CustomEvent<ErrorDetail>;
    /** A related story was activated. Cancelable: cancel it to keep the viewer and the page as they are. */
    'article-viewer:navigate': CustomEvent<NavigateDetail>;
    /** The reader scrolled past a quarter, half, three quarters or all of the body. Bubbles, composed. */
    'article-viewer:progress': CustomEvent<ProgressDetail>;
    /** The end of the body has been on screen: once per article. Bubbles, composed. */
    'article-viewer:read': CustomEvent<ReadDetail>;
    /** The reader followed a link out of the article (not a story opening in place). Bubbles, composed. */
    'article-viewer:link': CustomEvent<LinkDetail>;
    /** The reader agreed to load a provider's embeds (once per provider and viewer). Bubbles, composed. */
    'article-viewer:consent': CustomEvent<ConsentDetail>;
  }
}
