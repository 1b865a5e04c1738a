import { buildPhraseIndex } from './buildPhraseIndex.ts';
const idx = buildPhraseIndex();
for (const list of idx.values()) for (const e of list) {
  const cats = new Set(e.senses.map(s => s.cat));
  if (cats.has('stop') && cats.size > 1) console.log(e.words.join(' '), [...cats].filter(c => c !== 'stop').join(','));
}
