/** Steady-state amplitude of a 48 kHz sine at `freq` through a freshly made filter (for filter tests). */
export function steadyStateGain(make: () => { process(x: number): number }, freq: number): number {
  const f = make();
  let peak = 0;
  for (let i = 0; i < 48000; i++) {
    const y = f.process(Math.sin((2 * Math.PI * freq * i) / 48000));
    if (i > 24000) peak = Math.max(peak, Math.abs(y));
  }
  return peak;
}
