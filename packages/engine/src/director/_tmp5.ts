import { readFileSync, readdirSync } from 'node:fs';
import { parsePlanJson } from '../plan/parsePlan.ts';
for (const f of readdirSync('/work/main/docs/examples')) { try { parsePlanJson(readFileSync('/work/main/docs/examples/' + f, 'utf8')); console.log('ok', f); } catch (e) { console.log(f, (e as Error).message); } }
