/** What reference images Klappe accepts (documented in docs/reference-images.md). */
export type ReferenceMode = 'plate' | 'product';

/** Largest accepted file. */
export const MAX_REFERENCE_BYTES = 20 * 1024 * 1024;
/** Largest accepted image, in pixels (width × height) before resizing. */
export const MAX_REFERENCE_PIXELS = 50_000_000;
/** Images are scaled down so their long side is at most this (plates) ... */
export const PLATE_LONG_SIDE = 1920;
/** ... or this (products: a texture on an object). */
export const PRODUCT_LONG_SIDE = 1024;
export const REFERENCE_FORMATS = ['png', 'jpeg', 'webp'] as const;
