// The plain-JavaScript peer's page script: fetch ?src, render into #app.
import { loadArticle } from '../shared/load.js';
import { renderArticle } from './render.js';

const app = document.getElementById('app');
try {
  const article = await loadArticle();
  app.replaceChildren(renderArticle(article));
  document.title = article.headline;
} catch (error) {
  app.textContent = `This article cannot be shown: ${error.message}`;
}
