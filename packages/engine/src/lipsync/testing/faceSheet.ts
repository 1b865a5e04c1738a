/**
 * One strip of face portraits of a kind: every mouth shape (X, A … H) while speaking, then a
 * blink — the golden image of how a character talks.
 */
import { MOUTH_SHAPES } from '../../render/models/characters/face/MouthShape.ts';
import { MOUTH_OPENNESS } from '../mouthOpenness.ts';
import type { FaceState } from '../FaceState.ts';
import { renderFacePortrait, type PortraitImage } from './renderFacePortrait.ts';

export const SHEET_FACES: readonly { name: string; face: Partial<FaceState> }[] = [
  ...MOUTH_SHAPES.map((mouth) => ({ name: mouth, face: { mouth, open: MOUTH_OPENNESS[mouth], speaking: true, engaged: 1 } })),
  { name: 'blink', face: { blink: true, engaged: 1 } },
];

export interface Sheet {
  rgba: Uint8Array;
  width: number;
  height: number;
  cells: PortraitImage[];
}

export function faceSheet(kind: string, cell = 128): Sheet {
  const cells = SHEET_FACES.map(({ face }) => renderFacePortrait(kind, face, cell));
  const width = cell * cells.length;
  const rgba = new Uint8Array(width * cell * 4);
  cells.forEach((img, i) => {
    for (let y = 0; y < cell; y++) rgba.set(img.rgba.subarray(y * cell * 4, (y + 1) * cell * 4), (y * width + i * cell) * 4);
  });
  return { rgba, width, height: cell, cells };
}
