/**
 * The labelled prompt sets (disallowed.jsonl, benign.jsonl beside this file) and how a
 * moderator does on them: block rate, false-positive rate, and the prompts it got wrong.
 */
import { readFileSync } from 'node:fs';
import type { ModerationCategory } from '../ModerationCategory.ts';
import type { ModerationResult } from '../ModerationResult.ts';

export interface LabelledPrompt {
  text: string;
  lang: string;
  category?: ModerationCategory;
  note?: string;
}

export function readTestSet(name: 'disallowed' | 'benign'): LabelledPrompt[] {
  const text = readFileSync(new URL(`./${name}.jsonl`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const p = JSON.parse(l) as LabelledPrompt;
      if (typeof p.text !== 'string' || typeof p.lang !== 'string') throw new Error(`${name}.jsonl line ${i + 1}: needs "text" and "lang"`);
      return p;
    });
}

export interface TestSetScore {
  disallowed: number;
  benign: number;
  blockRate: number;
  falsePositiveRate: number;
  /** Disallowed prompts that were allowed. */
  missed: LabelledPrompt[];
  /** Benign prompts that were refused, with the verdict. */
  falsePositives: { prompt: LabelledPrompt; result: ModerationResult }[];
  /** Blocked disallowed prompts whose reported category differs from the label. */
  otherCategory: { prompt: LabelledPrompt; result: ModerationResult }[];
}

export function scoreTestSets(moderate: (text: string) => ModerationResult): TestSetScore {
  const disallowed = readTestSet('disallowed');
  const benign = readTestSet('benign');
  const missed: LabelledPrompt[] = [];
  const otherCategory: TestSetScore['otherCategory'] = [];
  for (const p of disallowed) {
    const result = moderate(p.text);
    if (result.allowed) missed.push(p);
    else if (p.category && result.category !== p.category) otherCategory.push({ prompt: p, result });
  }
  const falsePositives: TestSetScore['falsePositives'] = [];
  for (const p of benign) {
    const result = moderate(p.text);
    if (!result.allowed) falsePositives.push({ prompt: p, result });
  }
  return {
    disallowed: disallowed.length,
    benign: benign.length,
    blockRate: (disallowed.length - missed.length) / disallowed.length,
    falsePositiveRate: falsePositives.length / benign.length,
    missed,
    falsePositives,
    otherCategory,
  };
}
