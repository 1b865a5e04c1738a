/** "720x1280" → "9:16"; the app's three aspects and their sizes. */
export const ASPECT_SIZES = { '9:16': '720x1280', '16:9': '1280x720', '1:1': '1080x1080' } as const;
export type Aspect = keyof typeof ASPECT_SIZES;
export const ASPECTS = Object.keys(ASPECT_SIZES) as Aspect[];

export function aspectOfSize(size: string): string {
  const [w, h] = size.split('x').map(Number);
  if (!w || !h) return size;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const g = gcd(w, h);
  const ratio = `${w / g}:${h / g}`;
  // 1024x1792 and 1792x1024 are 4:7 and 7:4: close enough to call them by the app's names.
  if (ratio === '4:7') return '9:16';
  if (ratio === '7:4') return '16:9';
  return ratio;
}
