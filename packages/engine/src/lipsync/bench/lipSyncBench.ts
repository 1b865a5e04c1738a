/**
 * Lip-sync figures: how long mouth cues and per-frame face states take, what talking faces add
 * to a frame's render time, and how well mouth openness in rendered frames follows the rendered
 * speech for a few lines and voices (Pearson r; the test requires ≥ 0.6 for one of them). Run with
 *   node --import tsx packages/engine/src/lipsync/bench/lipSyncBench.ts
 */
import { performance } from 'node:perf_hooks';
import { projectPoint, viewBasis } from '../../math/projectPoint.ts';
import type { Vec3 } from '../../math/vec3.ts';
import { renderAudio } from '../../audio/renderAudio.ts';
import { createFrameRenderer } from '../../render/createFrameRenderer.ts';
import { lookAt, scriptedTimeline } from '../../render/testing/scriptedTimeline.ts';
import { spokenLinesOf } from '../../speech/speakPlan.ts';
import type { SpokenLine } from '../../timeline/Timeline.ts';
import { frameIndex, seconds, type Seconds } from '../../units/units.ts';
import { faceAt, faceTracksOf } from '../faceTracksOf.ts';
import { mouthCuesOf } from '../mouthCuesOf.ts';
import { mouthOpeningHeight, pearson, rmsPerFrame } from '../testing/measureLipSync.ts';

const LINES: [text: string, speaker: string, language: string][] = [
  ['Look at that big red apple, Bob!', 'mia', 'en'],
  ['Hello there, my name is Robo.', 'tom', 'en'],
  ['We should go home now, it is late.', 'ann', 'en'],
  ['Guten Morgen, wie geht es dir?', 'max', 'de'],
  ['Bonjour, comment allez-vous?', 'zoe', 'fr'],
];

function talkingClip(text: string, speaker: string, language: string, duration = 2.5) {
  const tl = scriptedTimeline({
    width: 320, height: 320, fps: 30, duration,
    entities: [{ kind: 'person', id: speaker, pose: () => ({ position: [0, 0.875, 0] as Vec3, gait: 'idle' }) }],
    camera: lookAt([0, 1.57, 0.95], [0, 1.54, 0], 30),
  });
  tl.plan.audio.ambience = [];
  tl.plan.speech = { language, lines: [{ speaker, text, start: 0.1 }] };
  tl.speech = spokenLinesOf(tl.plan);
  return tl;
}

function main(): void {
  // Cues: every line's phonemes to mouth cues.
  const clips = LINES.map(([t, s, l]) => talkingClip(t, s, l));
  const lines = clips.map((c) => c.speech[0]!);
  const phonemes = lines.reduce((n, l) => n + l.phonemes.length, 0);
  let t0 = performance.now();
  const rounds = 2000;
  for (let r = 0; r < rounds; r++) for (const l of lines) mouthCuesOf(l);
  const cueUs = ((performance.now() - t0) * 1000) / (rounds * lines.length);
  console.log(`mouth cues: ${cueUs.toFixed(1)} µs per line (${(phonemes / lines.length).toFixed(0)} phonemes a line)`);

  // Face states: four speakers, 20 s at 30 fps.
  const crowd = scriptedTimeline({
    duration: 20, width: 360, height: 640,
    entities: ['a', 'b', 'c', 'd'].map((id, i) => ({ kind: i % 2 ? 'dog' : 'person', id, pose: () => ({ position: [i - 1.5, 0.875, 0] as Vec3, gait: 'idle' as const }) })),
    camera: lookAt([0, 1.4, 5], [0, 0.9, 0]),
  });
  crowd.speech = Array.from({ length: 16 }, (_, k) => ({ ...shift(lines[k % lines.length]!, k * 1.2), speaker: ['a', 'b', 'c', 'd'][k % 4]! }));
  t0 = performance.now();
  const tracks = faceTracksOf(crowd);
  const trackMs = performance.now() - t0;
  t0 = performance.now();
  for (let f = 0; f < crowd.frameCount; f++) for (const tr of tracks) faceAt(tr, f / 30);
  const faceUs = ((performance.now() - t0) * 1000) / (crowd.frameCount * tracks.length);
  console.log(`face tracks for 4 speakers, 16 lines: ${trackMs.toFixed(1)} ms once; face state ${faceUs.toFixed(2)} µs per character per frame`);

  // Render cost with and without talking faces (720x1280, two people and two dogs).
  const big = { ...crowd, width: 720, height: 1280 };
  const silent = { ...big, speech: [] };
  const cost = (tl: typeof big): number => {
    const r = createFrameRenderer(tl);
    for (let f = 0; f < 5; f++) r.render(frameIndex(f));
    const start = performance.now();
    for (let f = 0; f < 60; f++) r.render(frameIndex(30 + f * 4));
    return (performance.now() - start) / 60;
  };
  const quiet = cost(silent);
  const talking = cost(big);
  console.log(`frame 720x1280, 4 characters: ${quiet.toFixed(1)} ms silent, ${talking.toFixed(1)} ms talking (×${(talking / quiet).toFixed(2)})`);

  // Mouth openness in the frames against the speech in the sound track.
  for (const [k, [text, speaker, language]] of LINES.entries()) {
    const tl = clips[k]!;
    const loud = rmsPerFrame(renderAudio(tl), tl.fps, tl.frameCount);
    const basis = viewBasis(tl.frames[0]!.camera, tl.width, tl.height);
    const a = projectPoint(basis, [-0.07, 1.56, 0.14]);
    const b = projectPoint(basis, [0.07, 1.46, 0.14]);
    const r = createFrameRenderer(tl);
    const open: number[] = [];
    for (let f = 0; f < tl.frameCount; f++) open.push(mouthOpeningHeight(r.render(frameIndex(f)), tl.width, { x0: a.x, y0: a.y, x1: b.x, y1: b.y }));
    console.log(`Pearson r ${pearson(open, loud).toFixed(3)}  ${language}  "${text}" (${speaker})`);
  }
}

/** The line moved `by` seconds later. */
function shift(line: SpokenLine, by: number): SpokenLine {
  const later = <T extends { start: Seconds; end: Seconds }>(x: T): T => ({ ...x, start: seconds(x.start + by), end: seconds(x.end + by) });
  return { ...later(line), words: line.words.map(later), phonemes: line.phonemes.map(later) };
}

main();
