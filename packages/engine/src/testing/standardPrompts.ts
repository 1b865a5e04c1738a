/** The five standard prompts every engine benchmark measures (docs/benchmarks.md). */
export const STANDARD_PROMPTS = [
  'a red ball bounces on a wooden floor',
  'three wooden crates and a big metal anvil fall in a kitchen',
  'a rubber duck and a log float in a pond at sunset',
  'a person walks a dog through a meadow in the rain',
  'a dozen dominoes topple on a table in a living room, close-up',
] as const;
