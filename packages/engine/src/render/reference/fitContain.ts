/** Where an image of w × h goes inside a frame of width × height: scaled to fit whole, centred (letterboxed or pillarboxed). */
export interface FittedRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function fitContain(w: number, h: number, width: number, height: number): FittedRect {
  const k = Math.min(width / w, height / h);
  const fw = Math.round(w * k);
  const fh = Math.round(h * k);
  return { x: Math.round((width - fw) / 2), y: Math.round((height - fh) / 2), width: fw, height: fh };
}
