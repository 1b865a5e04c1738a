/**
 * nsfwjs (MobileNetV2, its weights inside the npm package: nothing is downloaded) on
 * TensorFlow.js, loaded once per process. The WebAssembly backend is used, its .wasm files read
 * from the installed @tensorflow/tfjs-backend-wasm folder; if it cannot start, the pure-JS CPU
 * backend is used.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { ImageScores } from './judgeImageScores.ts';

export interface Classifier {
  backend: string;
  /** Class probabilities for 224×224 RGB bytes. */
  scores(rgb: Uint8Array, size: number): Promise<ImageScores>;
}

let loading: Promise<Classifier> | undefined;

async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  // nsfwjs prints a hosting hint on every load; it is not for our users.
  const info = console.info;
  console.info = () => {};
  try {
    return await fn();
  } finally {
    console.info = info;
  }
}

async function load(preferred: 'wasm' | 'cpu'): Promise<Classifier> {
  const tf = await import('@tensorflow/tfjs');
  let backend = 'cpu';
  if (preferred === 'wasm') {
    try {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      const require = createRequire(import.meta.url);
      wasm.setWasmPaths(`${dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'))}/`);
      if (await tf.setBackend('wasm')) backend = 'wasm';
    } catch {
      backend = 'cpu';
    }
  }
  if (backend !== 'wasm') await tf.setBackend('cpu');
  await tf.ready();
  const nsfwjs = await import('nsfwjs');
  const model = await quietly(() => nsfwjs.load('MobileNetV2'));
  return {
    backend: tf.getBackend(),
    async scores(rgb, size) {
      const input = tf.tensor3d(rgb, [size, size, 3], 'int32');
      try {
        const predictions = await model.classify(input, 5);
        const scores: ImageScores = { Drawing: 0, Hentai: 0, Neutral: 0, Porn: 0, Sexy: 0 };
        for (const p of predictions) scores[p.className] = p.probability;
        return scores;
      } finally {
        input.dispose();
      }
    },
  };
}

/** The shared classifier (loaded on first use; a failed load is retried next time). */
export function loadClassifier(preferred: 'wasm' | 'cpu' = 'wasm'): Promise<Classifier> {
  loading ??= load(preferred).catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}
