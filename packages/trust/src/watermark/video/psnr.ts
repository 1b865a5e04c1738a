/** Peak signal-to-noise ratio (dB) of 8-bit planes; Infinity when they are identical. */
export class PsnrMeter {
  private sumSq = 0;
  private count = 0;

  add(reference: Uint8Array, test: Uint8Array): void {
    if (reference.length !== test.length) throw new Error(`planes differ in size: ${reference.length} vs ${test.length}`);
    let s = 0;
    for (let i = 0; i < reference.length; i++) {
      const d = reference[i]! - test[i]!;
      s += d * d;
    }
    this.sumSq += s;
    this.count += reference.length;
  }

  /** PSNR over everything added (mean squared error pooled over all frames). */
  get db(): number {
    const mse = this.sumSq / Math.max(1, this.count);
    return mse === 0 ? Infinity : 10 * Math.log10((255 * 255) / mse);
  }
}
