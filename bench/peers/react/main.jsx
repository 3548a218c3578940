// The React peer's page script: fetch ?src, render into #app with a React root.
import { createRoot } from 'react-dom/client';
import { loadArticle } from '../shared/load.js';
import { Article } from './Article.jsx';

const app = document.getElementById('app');
try {
  const article = await loadArticle();
  createRoot(app).render(<Article article={article} />);
  document.title = article.headline;
} catch (error) {
  app.textContent = `This article cannot be shown: ${error.message}`;
}
