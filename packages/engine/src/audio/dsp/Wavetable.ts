/**
 * Single-cycle wavetables read by phase (in cycles) with linear interpolation: a sine or a
 * fixed blend of harmonics for the price of one lookup, instead of one Math.sin per harmonic.
 */
const SIZE = 2048;

export class Wavetable {
  private static readonly cache = new Map<string, Wavetable>();
  private readonly table: Float64Array;

  private constructor(harmonics: readonly number[]) {
    this.table = new Float64Array(SIZE + 1);
    for (let i = 0; i <= SIZE; i++) {
      let s = 0;
      for (let h = 0; h < harmonics.length; h++) s += harmonics[h]! * Math.sin((2 * Math.PI * (h + 1) * i) / SIZE);
      this.table[i] = s;
    }
  }

  /** Σ harmonics[k] · sin(2π (k+1) φ); tables are shared per harmonic recipe. */
  static of(harmonics: readonly number[]): Wavetable {
    const key = harmonics.join(',');
    let table = Wavetable.cache.get(key);
    if (!table) {
      table = new Wavetable(harmonics);
      Wavetable.cache.set(key, table);
    }
    return table;
  }

  static readonly sine: Wavetable = Wavetable.of([1]);

  /** Value at `phase` cycles (any real number). */
  at(phase: number): number {
    const x = (phase - Math.floor(phase)) * SIZE;
    const i = x | 0;
    const t = this.table;
    return t[i]! + (t[i + 1]! - t[i]!) * (x - i);
  }
}
