/**
 * Gives named characters their names. A name fixes a character's look (see
 * render/models/characters/identityKey.ts); when the prompt gave no colour, the colour also
 * comes from the name, so "Robo" looks the same in every clip and remix.
 */
import { kindOf } from '../ontology/ontology.ts';
import type { Entity, ScenePlan } from '../plan/scenePlanSchema.ts';
import { createRandom, hashString } from '../random/createRandom.ts';
import { loadLexicon } from '../ontology/lexicon.ts';
import type { NameReading } from './readNames.ts';

export function applyNames(plan: ScenePlan, reading: NameReading): ScenePlan {
  if (reading.names.length === 0) return plan;
  const cast = plan.cast.map((e) => ({ ...e }));
  for (const mention of reading.names) {
    const target = mention.noun !== undefined ? byNoun(cast, mention.noun) : lastMentioned(cast, mention.before);
    if (!target || target.name !== undefined) continue;
    target.name = mention.name;
    if (target.colour === kindOf(target.kind).colour) target.colour = colourForName(mention.name);
  }
  return { ...plan, cast };
}

/** A character colour chosen by the name alone. */
export function colourForName(name: string): string {
  const lex = loadLexicon();
  const palette = lex.palette.map((c) => lex.colours[c]!);
  return palette[createRandom(hashString(name.trim().toLowerCase()), 'character-colour').int(0, palette.length - 1)]!;
}

function byNoun(cast: Entity[], noun: string): Entity | undefined {
  return cast.find((e) => e.name === undefined && (e.kind === noun || (e.label ?? '').split(' ').includes(noun)));
}

/** The unnamed entity whose words occur last in the text. */
function lastMentioned(cast: Entity[], before: string): Entity | undefined {
  const text = before.toLowerCase();
  let best: Entity | undefined;
  let bestAt = -1;
  for (const e of cast) {
    if (e.name !== undefined) continue;
    const words = [e.label ?? e.kind, e.kind.replace(/-/g, ' ')];
    for (const w of words) {
      const at = text.lastIndexOf(w.toLowerCase());
      if (at > bestAt) {
        bestAt = at;
        best = e;
      }
    }
  }
  return best;
}
