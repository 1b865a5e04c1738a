import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STYLE_IDS } from '../plan/lookSchema.ts';
import { createEmptyPlan } from '../plan/createEmptyPlan.ts';
import { parsePlan } from '../plan/parsePlan.ts';
import { applyPreset, UnknownPresetError } from './applyPreset.ts';
import { presetCatalogue } from './presetCatalogue.ts';

describe('the preset catalogue', () => {
  it('holds at least 12 valid presets, the named ones among them, and covers every style', () => {
    const list = presetCatalogue();
    assert.ok(list.length >= 12, String(list.length));
    const names = list.map((p) => p.name);
    for (const n of ['Film Noir', 'Papercraft', 'Anime', 'Claymation', 'Product Showcase', 'Vintage Home Video', 'Documentary']) assert.ok(names.includes(n), n);
    for (const s of STYLE_IDS) assert.ok(list.some((p) => p.look.style === s), `no preset uses ${s}`);
  });

  it('no phrase picks two presets', () => {
    const seen = new Map<string, string>();
    for (const p of presetCatalogue()) {
      for (const ph of p.phrases) {
        assert.ok(!seen.has(ph), `"${ph}" is in ${seen.get(ph)} and ${p.id}`);
        seen.set(ph, p.id);
      }
    }
  });
});

describe('applyPreset', () => {
  it('sets the look, camera where none was chosen, ambience and (when asked) the aspect; the plan stays valid', () => {
    const base = createEmptyPlan({ setting: 'kitchen' });
    const plan = parsePlan(applyPreset(base, 'product-showcase', { aspect: true }));
    assert.equal(plan.look?.style, 'cinematic');
    assert.equal(plan.look?.preset, 'product-showcase');
    assert.equal(plan.look?.captions?.background, '#ffffff');
    assert.equal(plan.camera.framing, 'close-up');
    assert.deepEqual(plan.camera.moves.map((m) => m.type), ['orbit']);
    assert.deepEqual([plan.canvas.width, plan.canvas.height], [1080, 1080]);
    assert.ok(plan.audio.ambience.some((a) => a.kind === 'room-tone'));
    assert.equal(new Set(plan.audio.ambience.map((a) => a.kind)).size, plan.audio.ambience.length, 'no ambience layer twice');
  });

  it('keeps a camera the plan chose and the size when not asked', () => {
    const base = createEmptyPlan({});
    base.camera = { framing: 'aerial', moves: [{ type: 'orbit', amount: 90 }] };
    const plan = applyPreset(base, 'film-noir');
    assert.deepEqual(plan.camera, base.camera);
    assert.deepEqual(plan.canvas, base.canvas);
    assert.equal(plan.look?.style, 'film-noir');
  });

  it('an unknown preset is an error that lists the known ones', () => {
    assert.throws(() => applyPreset(createEmptyPlan({}), 'sepia-dream'), (e: unknown) => e instanceof UnknownPresetError && /film-noir/.test(e.message));
  });
});
