/**
 * Quadratic drag of a fluid on a body: F = ½ ρ C_d A |v_rel| v_rel, where v_rel is the
 * fluid's velocity relative to the body. Used for air (wind) and water alike.
 */

export interface Force3 {
  x: number;
  y: number;
  z: number;
}

/**
 * Fill `out` with the drag force (N). `dragArea` is C_d × A (m²), `scale` the share of the
 * body in this fluid (1 in air; the submerged fraction in water). The force is limited so one
 * step of length `dt` can at most halve the relative velocity: a feather or a rubber duck
 * (a lot of area, very little mass) reaches the fluid's speed smoothly instead of
 * overshooting, which an explicit step would otherwise do.
 */
export function dragForce(
  rvx: number, rvy: number, rvz: number,
  density: number, dragArea: number, scale: number, mass: number, dt: number,
  out: Force3,
): Force3 {
  const speed = Math.sqrt(rvx * rvx + rvy * rvy + rvz * rvz);
  let k = 0.5 * density * dragArea * scale * speed; // N per (m/s)
  const limit = (0.5 * mass) / dt;
  if (k > limit) k = limit;
  out.x = k * rvx;
  out.y = k * rvy;
  out.z = k * rvz;
  return out;
}
