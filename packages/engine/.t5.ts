import { callEspeak } from './src/speech/callEspeak.ts';
const a = callEspeak({ voice: 'ja', text: 'こんにちは、駅はどこですか？一時間も歩いています。', rate: 170, pitch: 50, range: 50 });
console.log(a.samples.length/22050, a.events.map(e=>e.type==='word'?`[W${e.textPosition},${e.length}@${e.time}]`:e.type==='phoneme'?`${e.id}@${e.time}`:e.type).join(' '));
