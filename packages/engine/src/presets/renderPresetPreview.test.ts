import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UnknownPresetError } from './applyPreset.ts';
import { presetCatalogue } from './presetCatalogue.ts';
import { renderPresetPreview } from './renderPresetPreview.ts';

test('a preset preview is a JPEG of the requested size, the same every time, different between presets', async () => {
  const [a, b] = presetCatalogue();
  const first = renderPresetPreview(a!.id, 90, 160);
  assert.deepEqual([...first.subarray(0, 3)], [0xff, 0xd8, 0xff]);
  // The SOF0 frame header carries height and width.
  const sof = first.indexOf(Buffer.from([0xff, 0xc0]));
  assert.ok(sof > 0);
  assert.deepEqual([first.readUInt16BE(sof + 5), first.readUInt16BE(sof + 7)], [160, 90]);
  assert.deepEqual(renderPresetPreview(a!.id, 90, 160), first);
  assert.notDeepEqual(renderPresetPreview(b!.id, 90, 160), first);
  assert.throws(() => renderPresetPreview('no-such-preset'), UnknownPresetError);
});
