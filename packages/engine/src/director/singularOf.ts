/** The singular of an English noun phrase ("rubber duckies" → "rubber ducky"), via compromise. */
import nlp from 'compromise';

interface NounTransforms {
  methods: { two: { transform: { noun: { toSingular(s: string, model: unknown): string } } } };
  model: unknown;
}

let world: NounTransforms | undefined;

export function singularOf(phrase: string): string {
  world ??= (nlp as unknown as { world(): NounTransforms }).world();
  const words = phrase.split(' ');
  const last = words[words.length - 1]!;
  const singular = world.methods.two.transform.noun.toSingular(last, world.model);
  words[words.length - 1] = singular || last;
  return words.join(' ');
}
