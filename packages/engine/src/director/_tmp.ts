import { tokenizePrompt } from './tokenizePrompt.ts';
import { buildPhraseIndex } from './buildPhraseIndex.ts';
import { matchPhrases } from './matchPhrases.ts';
let t0 = performance.now();
const idx = buildPhraseIndex();
console.log('index ms', performance.now() - t0, idx.size);
for (const p of process.argv.slice(2)) {
  t0 = performance.now();
  const chunks = matchPhrases(tokenizePrompt(p), idx);
  console.log(p, (performance.now()-t0).toFixed(1));
  for (const c of chunks) console.log('   ', JSON.stringify(c.normal), c.senses.map(s => JSON.stringify(s)).join(' '), c.senses.length ? '' : [...c.tags].join(','), c.number ? JSON.stringify(c.number) : '', c.breakAfter ?? '');
}
