import { readFileSync } from 'node:fs';
import { parsePlan } from '../plan/parsePlan.ts';
const base = JSON.parse(readFileSync('/work/main/docs/examples/beach-sunset.json', 'utf8'));
const tries: [string, (p: any) => void][] = [
  ['kind', (p) => { p.cast[2].kind = 'dragon'; }],
  ['duration', (p) => { p.canvas.duration = -1; }],
  ['ghost', (p) => { p.actions[0].entity = 'ghost-1'; }],
  ['dup', (p) => { p.cast[1].id = 'person-1'; }],
  ['size', (p) => { p.canvas.width = 800; p.canvas.height = 600; }],
  ['late', (p) => { p.actions[0].start = 19; p.canvas.duration = 8; p.actions.forEach((a: any, i: number) => { if (i) a.start = 0; }); }],
];
for (const [n, f] of tries) { const p = structuredClone(base); f(p); try { parsePlan(p); console.log(n, 'OK?!'); } catch (e) { console.log(n, '|', (e as any).field, '|', (e as Error).message.slice(0, 140)); } }
