/** Mix a colour towards another ("dark red", "light blue"): amount 0 keeps it, 1 gives the other. */
export function mixColour(hex: string, other: string, amount: number): string {
  const a = parseInt(hex.slice(1), 16);
  const b = parseInt(other.slice(1), 16);
  const channel = (v: number, shift: number) => (v >> shift) & 0xff;
  const mix = (shift: number) => Math.round(channel(a, shift) * (1 - amount) + channel(b, shift) * amount);
  return `#${[16, 8, 0].map((s) => mix(s).toString(16).padStart(2, '0')).join('')}`;
}
