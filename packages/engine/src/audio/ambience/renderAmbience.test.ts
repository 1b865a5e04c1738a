import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AMBIENCE_KINDS, type AmbienceKind } from '../../plan/scenePlanSchema.ts';
import { SAMPLE_RATE } from '../StereoAudio.ts';
import { detectOnsets } from '../analysis/detectOnsets.ts';
import { powerSpectrum } from '../analysis/spectralCentroid.ts';
import { MixBus } from '../mix/MixBus.ts';
import { busyRms, renderAmbience, renderAmbienceLayer } from './renderAmbience.ts';

const LENGTH = 4 * SAMPLE_RATE;
const layers = new Map(AMBIENCE_KINDS.map((kind) => [kind, renderAmbienceLayer({ kind, level: -20 }, LENGTH, 11)]));
const mono = (kind: AmbienceKind): Float64Array => {
  const { left, right } = layers.get(kind)!;
  return left.map((v, i) => (v + right[i]!) / 2);
};
const spectra = new Map(AMBIENCE_KINDS.map((kind) => [kind, powerSpectrum(mono(kind))]));
const binHz = SAMPLE_RATE / 2048;
const centroid = new Map(AMBIENCE_KINDS.map((kind) => {
  const p = spectra.get(kind)!;
  let num = 0, den = 0;
  for (let b = 1; b < p.length; b++) {
    num += p[b]! * b * binHz;
    den += p[b]!;
  }
  return [kind, num / den];
}));
/** Share of the energy below 250 Hz. */
const lowShare = (kind: AmbienceKind): number => {
  const p = spectra.get(kind)!;
  let low = 0, total = 0;
  for (let b = 1; b < p.length; b++) {
    total += p[b]!;
    if (b * binHz < 250) low += p[b]!;
  }
  return low / total;
};
const correlation = (a: Float64Array, b: Float64Array): number => {
  let ab = 0, aa = 0, bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return ab / Math.sqrt(aa * bb);
};
/** Level of each 100 ms window (dB). */
const windowLevels = (x: Float64Array): number[] => {
  const out: number[] = [];
  for (let i = 0; i + 4800 <= x.length; i += 4800) {
    let e = 0;
    for (let k = i; k < i + 4800; k++) e += x[k]! * x[k]!;
    out.push(10 * Math.log10(e / 4800 + 1e-20));
  }
  return out;
};
const spread = (values: number[]): number => Math.max(...values) - Math.min(...values);

describe('ambience layers', () => {
  it('every kind renders finite, non-silent sound at the requested level', () => {
    for (const kind of AMBIENCE_KINDS) {
      const layer = layers.get(kind)!;
      assert.ok(layer.left.every(Number.isFinite) && layer.right.every(Number.isFinite), kind);
      assert.ok(Math.abs(20 * Math.log10(busyRms(layer)) - -20) < 0.2, `${kind} level`);
    }
  });

  it('every kind sounds different from every other (spectral centroid, low-frequency share and level envelope)', () => {
    const features = AMBIENCE_KINDS.map((kind) => ({
      kind,
      f: [Math.log(centroid.get(kind)!), 3 * lowShare(kind), spread(windowLevels(mono(kind))) / 10],
    }));
    for (let i = 0; i < features.length; i++) {
      for (let j = i + 1; j < features.length; j++) {
        const d = Math.hypot(...features[i]!.f.map((v, k) => v - features[j]!.f[k]!));
        assert.ok(d > 0.15, `${features[i]!.kind} and ${features[j]!.kind} are too alike (${d.toFixed(3)})`);
      }
    }
  });

  it('sounds like what it says: bright birds, insects, rain and leaves; deep space-hum, thunder and fridge; wind in between', () => {
    const c = (kind: AmbienceKind): number => centroid.get(kind)!;
    for (const bright of ['birds', 'insects', 'rain', 'leaves'] as const) assert.ok(c(bright) > 2000, `${bright}: ${c(bright)} Hz`);
    for (const deep of ['space-hum', 'thunder', 'fridge-hum'] as const) assert.ok(c(deep) < 250, `${deep}: ${c(deep)} Hz`);
    assert.ok(c('wind') > 300 && c('wind') < c('birds') / 2, `wind ${c('wind')} Hz`);
    assert.ok(lowShare('space-hum') > 0.9 && lowShare('birds') < 0.05);
  });

  it('noise beds are wide: left and right decorrelated', () => {
    for (const kind of ['room-tone', 'waves', 'wind', 'rain', 'leaves', 'city', 'space-hum'] as const) {
      const { left, right } = layers.get(kind)!;
      assert.ok(Math.abs(correlation(left, right)) < 0.5, `${kind} L/R correlation ${correlation(left, right)}`);
    }
  });

  it('moves like what it says: a clock ticks once a second, thunder and birds come and go, rain and room tone stay steady', () => {
    const ticks = detectOnsets(mono('clock'));
    assert.ok(ticks.length >= 3 && ticks.length <= 5, `${ticks.length} ticks`);
    for (let i = 1; i < ticks.length; i++) assert.ok(Math.abs(ticks[i]! - ticks[i - 1]! - 1) < 0.01);
    assert.ok(spread(windowLevels(mono('thunder'))) > 15);
    assert.ok(spread(windowLevels(mono('birds'))) > 15);
    assert.ok(spread(windowLevels(mono('rain'))) < 6);
    assert.ok(spread(windowLevels(mono('room-tone'))) < 6);
    assert.ok(spread(windowLevels(mono('wind'))) > 4, 'wind gusts');
  });

  it('is deterministic per seed and layer, and skips silent layers', () => {
    const again = renderAmbienceLayer({ kind: 'wind', level: -20 }, LENGTH, 11);
    assert.deepEqual(again.left, layers.get('wind')!.left);
    const other = renderAmbienceLayer({ kind: 'wind', level: -20 }, LENGTH, 11, 1);
    assert.notDeepEqual(other.left, again.left);
    const bus = new MixBus(1000);
    renderAmbience([{ kind: 'rain', level: -80 }], bus, 1);
    assert.ok(bus.left.every((v) => v === 0));
  });
});
