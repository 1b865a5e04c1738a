/** Colour helpers for model palettes: parse, mix, lighten and darken '#rrggbb' colours. */
export { darken, lighten, luminance, mixColour } from '../../../../colour/hexColour.ts';
