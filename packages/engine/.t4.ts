import { directPlan } from './src/director/directPlan.ts';
import { spokenLinesOf } from './src/speech/speakPlan.ts';
import { toWebVtt } from './src/captions/toWebVtt.ts';
for (const p of ['the woman asks: "Excuse me, where is the central station? I have been walking for an hour and my feet hurt." and the man replies "Over there, next to the big clock."', 'a girl says "こんにちは、駅はどこですか？一時間も歩いています。"', 'a man says "مرحبا، أين المحطة؟ أنا أبحث عنها منذ ساعة"']) {
  const plan = directPlan(p);
  console.log(toWebVtt(spokenLinesOf(plan), Object.fromEntries(plan.cast.map(e=>[e.id, e.label ?? e.id]))));
}
