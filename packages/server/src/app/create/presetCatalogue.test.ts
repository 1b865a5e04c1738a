import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listPresets, STYLES } from './presetCatalogue.ts';

describe('presetCatalogue', () => {
  it('knows the render styles of the plan', () => {
    assert.ok(STYLES.includes('cinematic'));
    assert.ok(STYLES.length >= 2);
  });

  it('reads a catalogue as a list or as a map, keeping only usable entries', () => {
    const fromList = listPresets({ PRESETS: [{ id: 'noir-detective', name: 'Noir detective', description: 'Rain and shadows', look: { style: 'film-noir' }, seconds: 6 }, { id: 'Bad Id' }, 42] });
    assert.deepEqual(fromList, [{ id: 'noir-detective', name: 'Noir detective', description: 'Rain and shadows', style: 'film-noir', seconds: 6 }]);
    const fromMap = listPresets({ listPresets: () => ({ 'paper-pets': { title: 'Paper pets', style: 'papercraft' }, 'odd-style': { style: 'no-such-style' } }) });
    assert.deepEqual(fromMap, [
      { id: 'paper-pets', name: 'Paper pets', description: '', style: 'papercraft' },
      { id: 'odd-style', name: 'odd-style', description: '', style: null },
    ]);
  });

  it('is empty without a catalogue', () => {
    assert.deepEqual(listPresets({}), []);
  });
});
