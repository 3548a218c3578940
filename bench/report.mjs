// Medians, ranges and ratios of the raw figures, as Markdown tables and an SVG chart.

export const RENDERERS = {
  viewer: 'article-viewer (wasm)',
  plain: 'plain JS',
  react: 'React 19',
  static: 'static HTML',
};
const BASELINE = 'plain';

// The times of each load, in the tables' order: painted marks (see marks.js), then the longest task.
const TIMES = ['headline', 'screen', 'full', 'longest'];

export function summary(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

const kb = (bytes) => (bytes / 1024).toFixed(bytes < 10240 ? 1 : 0);
const mb = (bytes) => (bytes / 1048576).toFixed(1);
const ms = (value) => value.toFixed(0);
const ratio = (value, base, renderer) =>
  renderer === BASELINE || !base ? '' : ` ×${(value / base).toFixed(2)}`;

/** One table per condition: a row per article and renderer, each cell median (min–max) ×ratio. */
export function markdown(results, conditions) {
  const lines = [];
  for (const [conditionName, byArticle] of Object.entries(results)) {
    lines.push(`### ${conditions[conditionName].label}`, '');
    lines.push('| article | renderer | KB transferred, no media | headline ms | first screen ms | whole article ms | longest task ms | JS heap MB | wasm MB |');
    lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const [article, byRenderer] of Object.entries(byArticle)) {
      const stat = (renderer, key) => summary((byRenderer[renderer] ?? []).map((run) => run[key]));
      for (const renderer of Object.keys(byRenderer)) {
        const cells = [article, RENDERERS[renderer]];
        const bytes = stat(renderer, 'bytes');
        cells.push(bytes ? kb(bytes.median) + ratio(bytes.median, stat(BASELINE, 'bytes')?.median, renderer) : '–');
        for (const key of TIMES) {
          const s = stat(renderer, key);
          cells.push(s ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})${ratio(s.median, stat(BASELINE, key)?.median, renderer)}` : '–');
        }
        const heap = stat(renderer, 'heap');
        cells.push(heap ? mb(heap.median) + ratio(heap.median, stat(BASELINE, 'heap')?.median, renderer) : '–');
        const wasm = stat(renderer, 'wasm');
        cells.push(wasm && wasm.median ? mb(wasm.median) : '–');
        lines.push(`| ${cells.join(' | ')} |`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function churnMarkdown(churn) {
  const lines = ['| what | after | JS heap MB | wasm MB |', '|---|---:|---:|---:|'];
  for (const [name, label] of [['navigations', 'in-place navigations in the app'], ['mounts', 'mount/destroy cycles (JS API)']]) {
    for (const row of churn[name]) lines.push(`| ${label} | ${row.after} | ${mb(row.heap)} | ${mb(row.wasm)} |`);
  }
  return lines.join('\n') + '\n';
}

const COLORS = { viewer: '#b0271d', plain: '#1557a0', react: '#2a8a6e', static: '#8a7d6a' };
const escapeXml = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * Horizontal bars, one panel per condition: per article and renderer, the median time to the
 * whole article (bar), its range (whisker) and the median time to the headline (tick), on a
 * logarithmic scale so that a 5 KB article and a 10,000-block one fit on one axis.
 */
export function svg(results, conditions) {
  const panels = Object.entries(results);
  const row = 14, gap = 10, left = 200, width = 360, top = 46, panelGap = 40;
  const articles = Object.keys(panels[0]?.[1] ?? {});
  const renderers = Object.keys(RENDERERS);
  const height = top + articles.length * (renderers.length * row + gap) + 40;
  const all = panels.flatMap(([, byArticle]) => Object.values(byArticle).flatMap((byRenderer) =>
    Object.values(byRenderer).flatMap((runs) => runs.flatMap((run) => [run.full, run.headline]))).filter((v) => v > 0));
  // The axis runs between the round values (1, 2 or 5 × a power of ten) around the figures.
  const ticks = [];
  for (let decade = 1; decade <= 1e6; decade *= 10) ticks.push(decade, 2 * decade, 5 * decade);
  const lo = ticks.findLast((tick) => tick <= Math.min(...all, 100));
  const hi = ticks.find((tick) => tick >= Math.max(...all, 1000));
  const x = (value) => (Math.log10(value / lo) / Math.log10(hi / lo)) * width;
  const out = [];
  const totalWidth = panels.length * (left + width + panelGap) + 10;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${totalWidth}" height="${height}" viewBox="0 0 ${totalWidth} ${height}" font-family="system-ui, sans-serif" font-size="11">`);
  out.push(`<rect width="100%" height="100%" fill="#fcfbf8"/>`);
  panels.forEach(([conditionName, byArticle], p) => {
    const ox = p * (left + width + panelGap) + 10;
    out.push(`<g transform="translate(${ox},0)">`);
    out.push(`<text x="0" y="16" font-size="13" font-weight="700">${escapeXml(conditions[conditionName].label)}</text>`);
    out.push(`<text x="0" y="32" fill="#5d5a54">ms to the whole article painted (bar: median, line: range, tick: headline), log scale</text>`);
    // Gridlines at 1, 2 and 5 of each decade; the powers of ten carry their unit.
    for (const tick of ticks.filter((t) => t >= lo && t <= hi)) {
      const tx = left + x(tick), decade = Number.isInteger(Math.log10(tick));
      const label = tick >= 1000 ? `${tick / 1000}${decade ? ' s' : ''}` : `${tick}${decade ? ' ms' : ''}`;
      out.push(`<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${height - 30}" stroke="${decade ? '#c9c3b8' : '#e8e4dc'}"/>`);
      out.push(`<text x="${tx}" y="${height - 16}" text-anchor="middle" fill="#5d5a54">${label}</text>`);
    }
    let y = top;
    for (const article of articles) {
      out.push(`<text x="0" y="${y + (renderers.length * row) / 2 + 4}" font-weight="700">${escapeXml(article)}</text>`);
      for (const renderer of renderers) {
        const runs = byArticle[article]?.[renderer] ?? [];
        const full = summary(runs.map((run) => run.full));
        const headline = summary(runs.map((run) => run.headline));
        out.push(`<text x="${left - 6}" y="${y + row - 4}" text-anchor="end" fill="#5d5a54">${escapeXml(RENDERERS[renderer])}</text>`);
        if (full) {
          out.push(`<rect x="${left}" y="${y + 2}" width="${x(full.median).toFixed(1)}" height="${row - 4}" fill="${COLORS[renderer]}"/>`);
          out.push(`<line x1="${left + x(full.min)}" x2="${left + x(full.max)}" y1="${y + row / 2}" y2="${y + row / 2}" stroke="#1b1a18"/>`);
          out.push(`<text x="${left + x(full.max) + 4}" y="${y + row - 4}">${ms(full.median)}</text>`);
        }
        else out.push(`<text x="${left + 4}" y="${y + row - 4}" fill="#5d5a54">not measured</text>`);
        if (headline) out.push(`<line x1="${left + x(headline.median)}" x2="${left + x(headline.median)}" y1="${y}" y2="${y + row}" stroke="#1b1a18" stroke-width="2"/>`);
        y += row;
      }
      y += gap;
    }
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
