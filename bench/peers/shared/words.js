// The viewer's own words (core/src/i18n/en.rs); the benchmark's articles are all in English.
export const WORDS = {
  readingTime: (minutes) => `${minutes} min read`,
  by: 'By',
  and: ' and ',
  listSeparator: ', ',
  updated: 'Updated',
  imageCredit: 'Image:',
  videoCredit: 'Video:',
  relatedStories: 'Related stories',
  relatedStory: 'Related',
  tags: 'Topics',
  pullQuote: 'Pull quote',
  gallery: 'Gallery',
  embed: 'External content',
  videoUnsupported: 'Your browser cannot play this video.',
};

/** "A", "A and B", "A, B and C": the separator before each name after the first. */
export function nameSeparators(count) {
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => (i === count - 2 ? WORDS.and : WORDS.listSeparator));
}
