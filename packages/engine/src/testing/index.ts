/** Test helpers other packages use too: golden images and decoding a media file's frames and sound. */
export * from './expectGolden.ts';
export * from './decodeHashes.ts';
export * from './standardPrompts.ts';
