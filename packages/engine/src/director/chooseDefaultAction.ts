/**
 * What an entity does when the prompt gives it nothing to do, from the lexicon's ordered
 * rules (lexicon.json → defaultActions): the first rule whose conditions all hold wins.
 */
import type { DefaultActionRule } from '../ontology/lexicon.ts';

export interface DefaultActionContext {
  kind: string;
  category: string;
  mobility: 'dynamic' | 'character' | 'static';
  /** There is no gravity. */
  weightless: boolean;
  inWater: boolean;
  indoor: boolean;
  /** Something rests on it or an action aims at it. */
  isTarget: boolean;
  /** It rests on, in or above another entity. */
  placed: boolean;
}

export function chooseDefaultAction(ctx: DefaultActionContext, rules: readonly DefaultActionRule[]): DefaultActionRule | undefined {
  return rules.find(({ if: c }) =>
    (c.kind === undefined || c.kind.includes(ctx.kind)) &&
    (c.category === undefined || c.category.includes(ctx.category)) &&
    (c.mobility === undefined || c.mobility.includes(ctx.mobility)) &&
    (c.gravity === undefined || ctx.weightless) &&
    (c.inWater === undefined || c.inWater === ctx.inWater) &&
    (c.indoor === undefined || c.indoor === ctx.indoor) &&
    (c.isTarget === undefined || c.isTarget === ctx.isTarget) &&
    (c.placed === undefined || c.placed === ctx.placed),
  );
}
