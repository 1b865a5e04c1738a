import { createTextModerator } from './text/createTextModerator.ts';
import { scoreTestSets } from './testsets/scoreTestSets.ts';
const m = createTextModerator();
const s = scoreTestSets(m.moderate);
console.log('block', s.blockRate.toFixed(3), 'fp', s.falsePositiveRate.toFixed(3));
for (const p of s.missed) console.log('MISS', p.lang, p.category, JSON.stringify(p.text));
for (const f of s.falsePositives) console.log('FP', f.prompt.lang, JSON.stringify(f.prompt.text), f.result.category, f.result.matched);
for (const f of s.otherCategory) console.log('CAT', f.prompt.category, '->', f.result.category, JSON.stringify(f.prompt.text), f.result.matched);
