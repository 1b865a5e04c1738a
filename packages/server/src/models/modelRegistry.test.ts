import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MODELS, resolveModel, tierOf } from './modelRegistry.ts';

describe('model registry', () => {
  it('maps the SDK model names onto built-in quality tiers', () => {
    assert.equal(resolveModel('klappe-1')?.tier, 'standard');
    assert.equal(resolveModel('sora-2')?.tier, 'standard');
    assert.equal(resolveModel('sora-2-pro')?.tier, 'pro');
    assert.equal(resolveModel('gpt-4o'), undefined);
  });

  it('renders the pro tier with a slower preset and a lower CRF', () => {
    const std = tierOf('standard').encode;
    const pro = tierOf('pro').encode;
    assert.notEqual(pro.preset, std.preset);
    assert.ok(pro.crf < std.crf);
  });

  it('has unique ids and every alias points at a built-in model', () => {
    assert.equal(new Set(MODELS.map((m) => m.id)).size, MODELS.length);
    for (const m of MODELS) if (m.aliasOf) assert.equal(resolveModel(m.aliasOf)?.tier, m.tier);
  });
});
