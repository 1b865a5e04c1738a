/**
 * Collects the thumbnail frame and the spritesheet tiles from the frame stream as it passes,
 * scaled down at once so no full-size frames are kept.
 */
import { createCanvas, ImageData, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';

export interface SpritesheetLayout {
  columns: number;
  rows: number;
  tileWidth: number;
  tileHeight: number;
  /** Frame index of each tile, row-major. */
  frames: number[];
}

export function spritesheetLayout(frameCount: number, width: number, height: number, maxTiles = 25, tileLongSide = 256): SpritesheetLayout {
  const tiles = Math.max(1, Math.min(maxTiles, frameCount));
  const columns = Math.ceil(Math.sqrt(tiles));
  const rows = Math.ceil(tiles / columns);
  const k = tileLongSide / Math.max(width, height);
  const frames = Array.from({ length: tiles }, (_, i) => Math.min(frameCount - 1, Math.floor(((i + 0.5) * frameCount) / tiles)));
  return { columns, rows, tileWidth: Math.round(width * k), tileHeight: Math.round(height * k), frames };
}

export function thumbnailFrame(frameCount: number): number {
  return Math.min(frameCount - 1, Math.round(frameCount * 0.3));
}

export class FrameSampler {
  readonly layout: SpritesheetLayout;
  readonly thumbnailFrame: number;
  private readonly scratch: Canvas;
  private readonly scratchCtx: SKRSContext2D;
  private readonly sheet: Canvas;
  private readonly thumb: Canvas;
  private readonly tileOf = new Map<number, number[]>();

  constructor(
    private readonly width: number,
    private readonly height: number,
    frameCount: number,
    thumbnailLongSide = 720,
  ) {
    this.layout = spritesheetLayout(frameCount, width, height);
    this.thumbnailFrame = thumbnailFrame(frameCount);
    this.layout.frames.forEach((f, i) => this.tileOf.set(f, [...(this.tileOf.get(f) ?? []), i]));
    this.scratch = createCanvas(width, height);
    this.scratchCtx = this.scratch.getContext('2d');
    const { columns, rows, tileWidth, tileHeight } = this.layout;
    this.sheet = createCanvas(columns * tileWidth, rows * tileHeight);
    const k = Math.min(1, thumbnailLongSide / Math.max(width, height));
    this.thumb = createCanvas(Math.round(width * k), Math.round(height * k));
  }

  /** Whether frame `index` is the thumbnail or a spritesheet tile. */
  wants(index: number): boolean {
    return index === this.thumbnailFrame || this.tileOf.has(index);
  }

  /** Offer frame `index`; copies it only when it is the thumbnail or a tile. */
  offer(index: number, rgba: Uint8Array): void {
    const tiles = this.tileOf.get(index);
    const isThumb = index === this.thumbnailFrame;
    if (!tiles && !isThumb) return;
    const data = new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength);
    this.scratchCtx.putImageData(new ImageData(data, this.width, this.height), 0, 0);
    const { columns, tileWidth, tileHeight } = this.layout;
    const sheetCtx = this.sheet.getContext('2d');
    sheetCtx.imageSmoothingQuality = 'high';
    for (const t of tiles ?? []) {
      sheetCtx.drawImage(this.scratch, (t % columns) * tileWidth, Math.floor(t / columns) * tileHeight, tileWidth, tileHeight);
    }
    if (isThumb) {
      const ctx = this.thumb.getContext('2d');
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(this.scratch, 0, 0, this.thumb.width, this.thumb.height);
    }
  }

  async thumbnailJpeg(): Promise<Buffer> {
    return this.thumb.encode('jpeg', 88);
  }

  async spritesheetJpeg(): Promise<Buffer> {
    return this.sheet.encode('jpeg', 82);
  }
}
