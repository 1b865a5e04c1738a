/**
 * Branded unit types. A plain number is never silently a time, a frame index or a length:
 * convert explicitly with the helpers below so units that get mixed up stay apart.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type Seconds = Brand<number, 'Seconds'>;
export type FrameIndex = Brand<number, 'FrameIndex'>;
export type SampleIndex = Brand<number, 'SampleIndex'>;
export type Meters = Brand<number, 'Meters'>;
export type Pixels = Brand<number, 'Pixels'>;
export type Radians = Brand<number, 'Radians'>;
export type Hertz = Brand<number, 'Hertz'>;
export type Decibels = Brand<number, 'Decibels'>;

export const seconds = (n: number): Seconds => n as Seconds;
export const frameIndex = (n: number): FrameIndex => n as FrameIndex;
export const sampleIndex = (n: number): SampleIndex => n as SampleIndex;
export const meters = (n: number): Meters => n as Meters;
export const pixels = (n: number): Pixels => n as Pixels;
export const radians = (n: number): Radians => n as Radians;
export const hertz = (n: number): Hertz => n as Hertz;
export const decibels = (n: number): Decibels => n as Decibels;

export const frameToSeconds = (frame: FrameIndex, fps: number): Seconds => seconds(frame / fps);
export const secondsToFrame = (t: Seconds, fps: number): FrameIndex => frameIndex(Math.round(t * fps));
export const secondsToSample = (t: Seconds, sampleRate: number): SampleIndex =>
  sampleIndex(Math.round(t * sampleRate));
export const degreesToRadians = (deg: number): Radians => radians((deg * Math.PI) / 180);
