/**
 * Prompt starters shown beside the server's presets, so the gallery is never empty. Each has a
 * still under /ideas/ (drawn by Klappe from the same prompt).
 */
export interface Idea {
  id: string;
  name: string;
  prompt: string;
}

export const IDEAS: Idea[] = [
  { id: 'duck-bath', name: 'Bath time', prompt: 'a yellow rubber duck floats in a bathtub' },
  { id: 'beach-ball', name: 'Beach day', prompt: 'a red ball bounces on the beach at sunset' },
  { id: 'dominoes', name: 'Domino run', prompt: 'a row of dominoes falls over on a wooden table' },
  { id: 'soccer-field', name: 'Kick-off', prompt: 'a soccer ball rolls across a grassy field' },
  { id: 'bowling', name: 'Strike', prompt: 'a bowling ball knocks over ten pins' },
  { id: 'rain-street', name: 'Rainy street', prompt: 'a blue ball rolls down a street in the rain' },
];

/** A colour class for a style or preset name, so every tile gets a stable look of its own. */
export function toneOf(name: string): string {
  let h = 0;
  for (const c of name) h = (h * 33 + c.charCodeAt(0)) >>> 0;
  return `tone-${h % 8}`;
}
