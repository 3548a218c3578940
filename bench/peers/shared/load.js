// What both peer pages do first, as the app does: fetch the article named by ?src (default: the
// sample), relative to the page, and prepare it against the address it came from.
import { prepare } from './article.js';

export const SAMPLE = 'samples/idlib.json';

export async function loadArticle() {
  const src = new URLSearchParams(location.search).get('src')?.trim() || SAMPLE;
  const response = await fetch(new URL(src, location.href));
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${response.url}`);
  return prepare(await response.json(), response.url);
}
