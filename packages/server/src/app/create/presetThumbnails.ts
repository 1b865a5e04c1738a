/**
 * Preview stills for the Create page's preset gallery: each preset's look on the same small
 * scene, rendered once on first request and kept (they only change with the engine).
 */
import { findPreset, renderPresetPreview } from '@klappe/engine';

export class PresetThumbnails {
  private readonly cache = new Map<string, Buffer>();

  url(id: string): string {
    return `/app/api/presets/${id}/thumbnail.jpg`;
  }

  /** The JPEG for a preset, or undefined for an unknown one. */
  get(id: string): Buffer | undefined {
    if (!findPreset(id)) return undefined;
    let jpeg = this.cache.get(id);
    if (!jpeg) {
      jpeg = renderPresetPreview(id, 270, 480);
      this.cache.set(id, jpeg);
    }
    return jpeg;
  }
}
