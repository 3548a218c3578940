// The benchmark's articles: the two samples, and generated ones of 100, 1,000 and 10,000 blocks
// of the common kinds (text with emphasis, links and lists; headings; images with width and
// height, pointing to a small local PNG; quotes; pull quotes), like a live blog that ran all day.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

function block(i) {
  switch (i % 8) {
    case 0:
      return { type: 'heading', text: `Update ${i}`, id: `update-${i}` };
    case 3:
      return { type: 'image', src: 'media/tour-lead-480.png', alt: `Picture ${i}`, caption: `The scene at *update ${i}*`, credit: 'Agency', width: 480, height: 270 };
    case 5:
      return { type: 'quote', text: `Something said at update ${i}, **quoted** in full.`, attribution: 'Someone', cite: `https://news.example/${i}` };
    case 7:
      return { type: 'pullquote', text: `Words lifted from update ${i}, *for emphasis*.`, attribution: 'Someone else' };
    default:
      return {
        type: 'text',
        text: `Paragraph ${i} with *emphasis*, **strong words**, a [link](https://news.example/${i}) and enough words ` +
          'to be a real paragraph of a real story, as reporters write them during a long day.\n\n' +
          `- a first point about ${i}\n- a second, with a [relative link](page-${i}.html)`,
      };
  }
}

export function generated(blocks) {
  return {
    version: 1,
    lang: 'en',
    kicker: 'Live',
    headline: `A long day: ${blocks.toLocaleString('en')} updates`,
    standfirst: 'Everything that happened, *as it happened*.',
    byline: [{ name: 'A. Reporter', role: 'Correspondent' }],
    published: '2026-11-24T09:00:00Z',
    lead: { type: 'image', src: 'media/tour-lead-960.png', alt: 'The lead picture', width: 960, height: 540, layout: 'wide' },
    body: Array.from({ length: blocks }, (_, i) => block(i)),
    tags: ['Live', { name: 'Benchmark', url: 'https://news.example/tags/bench' }],
  };
}

/** Writes every article into `dir` (with media/ beside them); resolves to [{ name, file }]. */
export async function writeArticles(dir, root, sizes) {
  await mkdir(dir, { recursive: true });
  const articles = [];
  for (const sample of ['idlib', 'format-tour']) {
    await copyFile(join(root, 'samples', `${sample}.json`), join(dir, `${sample}.json`));
    const { body } = JSON.parse(await readFile(join(root, 'samples', `${sample}.json`), 'utf8'));
    articles.push({ name: `${sample}.json`, file: `${sample}.json`, bodyBlocks: body.length });
  }
  for (const blocks of sizes) {
    await writeFile(join(dir, `blocks-${blocks}.json`), JSON.stringify(generated(blocks)));
    articles.push({ name: `${blocks.toLocaleString('en')} blocks`, file: `blocks-${blocks}.json`, blocks, bodyBlocks: blocks });
  }
  return articles;
}
