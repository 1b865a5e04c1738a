/**
 * Golden-image check: compare RGBA pixels with a stored PNG using pixelmatch.
 * Set UPDATE_GOLDEN=1 to (re)write the stored image; a missing golden is written and the
 * test fails so that new goldens are always looked at before they are committed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export interface GoldenResult {
  /** Pixels that differ beyond the per-pixel colour threshold. */
  diffPixels: number;
  diffRatio: number;
}

export function compareWithGolden(
  goldenPath: string,
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
): GoldenResult {
  const update = process.env.UPDATE_GOLDEN === '1';
  if (update || !existsSync(goldenPath)) {
    mkdirSync(dirname(goldenPath), { recursive: true });
    const png = new PNG({ width, height });
    png.data = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
    writeFileSync(goldenPath, PNG.sync.write(png));
    if (!update) throw new Error(`golden image ${goldenPath} did not exist; wrote it — look at it, then commit it`);
    return { diffPixels: 0, diffRatio: 0 };
  }
  const golden = PNG.sync.read(readFileSync(goldenPath));
  if (golden.width !== width || golden.height !== height) {
    throw new Error(`golden ${goldenPath} is ${golden.width}x${golden.height}, rendered ${width}x${height}`);
  }
  const diffPixels = pixelmatch(golden.data, rgba, undefined, width, height, { threshold: 0.1 });
  return { diffPixels, diffRatio: diffPixels / (width * height) };
}

/** Throws when more than `maxDiffRatio` of the pixels differ from the golden. */
export function expectMatchesGolden(
  goldenPath: string,
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  maxDiffRatio = 0.005,
): void {
  const { diffPixels, diffRatio } = compareWithGolden(goldenPath, rgba, width, height);
  if (diffRatio > maxDiffRatio) {
    throw new Error(`${goldenPath}: ${diffPixels} pixels differ (${(diffRatio * 100).toFixed(2)}% > ${(maxDiffRatio * 100).toFixed(2)}%)`);
  }
}
