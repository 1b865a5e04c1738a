/**
 * WebVTT captions: one cue per caption chunk, the speaker as a voice span, and a timestamp tag
 * before every word after the first (`<00:00:01.200>`), so players can highlight words as they
 * are spoken.
 */
import { NARRATOR } from '../plan/speechSchema.ts';
import type { SpokenLine } from '../timeline/Timeline.ts';
import { captionCues, type CaptionCue } from './captionCues.ts';

export function vttTimestamp(t: number): string {
  const ms = Math.max(0, Math.round(t * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

const escapeVtt = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The cue payload: lines as laid out, with word timestamps. */
function cueText(cue: CaptionCue): string {
  let wordIndex = 0;
  const sep = cue.noSpaces ? '' : ' ';
  return cue.lines
    .map((line) => {
      // Walk the words that make up this line.
      const parts: string[] = [];
      let rest = line;
      while (rest.length > 0 && wordIndex < cue.words.length) {
        const w = cue.words[wordIndex]!;
        const text = escapeVtt(w.text);
        parts.push(wordIndex === 0 ? text : `<${vttTimestamp(w.start)}>${text}`);
        rest = rest.slice(w.text.length).replace(/^ /, '');
        wordIndex++;
      }
      return parts.join(sep);
    })
    .join('\n');
}

export function toWebVtt(lines: readonly SpokenLine[], speakerNames: Readonly<Record<string, string>> = {}, clipEnd?: number): string {
  const cues = captionCues(lines, clipEnd !== undefined ? { clipEnd } : {});
  const blocks = cues.map((cue, i) => {
    const name = cue.speaker === NARRATOR ? undefined : speakerNames[cue.speaker] ?? cue.speaker;
    const body = cueText(cue);
    const voiced = name ? `<v ${escapeVtt(name)}>${body}</v>` : body;
    const lang = `<lang ${cue.language}>`;
    return `${i + 1}\n${vttTimestamp(cue.start)} --> ${vttTimestamp(cue.end)}\n${lang}${voiced}</lang>`;
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}${blocks.length > 0 ? '\n' : ''}`;
}
