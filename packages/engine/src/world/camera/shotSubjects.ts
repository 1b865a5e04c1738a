/**
 * What a shot is about: the plan's subject, else the whole cast. A subject that is one piece
 * of a set (a domino of a chain, a pin of a rack) stands for the whole set: a close-up of
 * "a dozen dominoes" frames the chain as it falls, not the one domino that is pushed.
 */
import { KINDS } from '../../ontology/ontology.ts';
import type { ScenePlan } from '../../plan/scenePlanSchema.ts';
import type { TimelineEntity } from '../../timeline/Timeline.ts';

export function shotSubjects(plan: ScenePlan, entities: readonly TimelineEntity[]): number[] {
  const subject = plan.camera.subject === undefined ? -1 : entities.findIndex((e) => e.id === plan.camera.subject);
  if (subject < 0) return entities.map((_, i) => i);
  const s = entities[subject]!;
  if (!KINDS[s.kind]?.arrangement) return [subject];
  return entities.flatMap((e, i) => (e.kind === s.kind && e.label === s.label && e.size === s.size ? [i] : []));
}
