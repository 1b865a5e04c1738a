/**
 * A synchronous door to the eSpeak NG synthesiser. eSpeak runs as WebAssembly on its own worker
 * thread (started on first use, once per process); a call posts the request and waits on a
 * shared flag for the answer, so the director and the audio renderer can stay synchronous.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

export interface EspeakRequest {
  voice: string;
  text: string;
  /** Words per minute. */
  rate: number;
  /** 0..99 */
  pitch: number;
  /** Pitch range 0..99. */
  range: number;
}

export interface EspeakEvent {
  type: 'word' | 'phoneme' | 'end' | 'sentence';
  /** Milliseconds into the synthesised audio. */
  time: number;
  /** 1-based position in the text, in code points. */
  textPosition: number;
  /** Word length in code points (word events). */
  length: number;
  /** IPA of a phoneme ('' for pauses). */
  id: string;
}

export interface EspeakAnswer {
  /** 22,050 Hz mono. */
  samples: Int16Array;
  events: EspeakEvent[];
}

export const ESPEAK_SAMPLE_RATE = 22050;
const ANSWER_TIMEOUT_MS = 60_000;

interface Host {
  port: MessagePort;
  flag: Int32Array;
}
let host: Host | undefined;

function startHost(): Host {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./espeakWorker.js', import.meta.url), {
    workerData: { port: port2, flag },
    transferList: [port2],
    // Plain JavaScript: no loader or flags of the calling process needed.
    execArgv: [],
  });
  worker.unref();
  port1.unref();
  worker.on('error', () => {
    host = undefined;
  });
  return { port: port1, flag };
}

function ask(message: unknown): Record<string, unknown> {
  host ??= startHost();
  const { port, flag } = host;
  Atomics.store(flag, 0, 0);
  port.postMessage(message);
  const waited = Atomics.wait(flag, 0, 0, ANSWER_TIMEOUT_MS);
  const received = receiveMessageOnPort(port);
  if (waited === 'timed-out' || !received) {
    host = undefined;
    throw new Error('speech synthesis did not answer (eSpeak NG worker failed to start or stopped)');
  }
  const answer = received.message as Record<string, unknown>;
  if (typeof answer.error === 'string') throw new Error(`speech synthesis failed: ${answer.error}`);
  return answer;
}

/** Synthesise one text with eSpeak NG; blocks until done (≈ 1/18 of the speech's duration). */
export function callEspeak(request: EspeakRequest): EspeakAnswer {
  const answer = ask({ type: 'synthesize', ...request });
  return { samples: answer.samples as Int16Array, events: answer.events as EspeakEvent[] };
}

/** eSpeak NG voice identifiers in the shipped data ("gmw/en", "sit/cmn", ...). */
export function listEspeakVoices(): string[] {
  return ask({ type: 'voices' }).voices as string[];
}
