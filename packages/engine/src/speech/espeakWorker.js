// Worker-thread host of the eSpeak NG synthesiser (WebAssembly). The calling thread blocks on a
// shared flag until the answer is posted on its port, so synthesis looks synchronous to callers.
import { workerData } from 'node:worker_threads';

const { port, flag } = workerData;
// eSpeak seeds its noise and flutter generators from the clock: on this thread (eSpeak's alone)
// the clock stands still, so syntheses are the same in every process and on every machine.
Date.now = () => 0;
performance.now = () => 0;
/** Longest text accepted, in UTF-8 bytes (a plan line is at most 600 characters). */
const MAX_TEXT_BYTES = 4096;
let espeak;
let heap;
let snapshot;
try {
  // Imported here so that a missing or broken package is reported to the caller, not lost.
  const { default: initEspeak } = await import('@echogarden/espeak-ng-emscripten');
  const module = await initEspeak();
  espeak = new module.eSpeakNGWorker();
  heap = () => module.HEAPU8;
  // The bindings keep one reusable buffer for strings passed in; two passes of a long blank text
  // make it big enough for any request, so no call allocates after the snapshot below.
  const blank = ' '.repeat(MAX_TEXT_BYTES);
  for (let i = 0; i < 2; i++) espeak.synthesize(blank, () => undefined);
  // eSpeak keeps state between utterances (noise and flutter generators): every request starts
  // from the memory as it was right after start-up, so the same request gives the same samples.
  snapshot = module.HEAPU8.slice();
} catch (err) {
  espeak = { error: String(err) };
}

port.on('message', (request) => {
  let answer;
  try {
    if (espeak.error) throw new Error(espeak.error);
    if (request.type === 'voices') {
      heap().set(snapshot);
      answer = { voices: espeak.list_voices().map((v) => v.identifier) };
    } else {
      if (Buffer.byteLength(request.text) + Buffer.byteLength(request.voice) > MAX_TEXT_BYTES - 64) throw new Error(`text too long to speak (at most ${MAX_TEXT_BYTES - 64} bytes)`);
      heap().set(snapshot);
      espeak.set_voice(request.voice);
      espeak.set_rate(request.rate);
      espeak.set_pitch(request.pitch);
      espeak.set_range(request.range);
      const chunks = [];
      const events = [];
      let length = 0;
      espeak.synthesize(request.text, (samples, chunkEvents) => {
        if (samples && samples.length > 0) {
          chunks.push(Int16Array.from(samples));
          length += samples.length;
        }
        for (const e of chunkEvents) {
          if (e.type === 'word' || e.type === 'phoneme' || e.type === 'end' || e.type === 'sentence') {
            events.push({ type: e.type, time: e.audio_position, textPosition: e.text_position, length: e.word_length, id: typeof e.id === 'string' ? e.id : '' });
          }
        }
      });
      const samples = new Int16Array(length);
      let at = 0;
      for (const c of chunks) {
        samples.set(c, at);
        at += c.length;
      }
      answer = { samples, events };
    }
  } catch (err) {
    answer = { error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(answer);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
