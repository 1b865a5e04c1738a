/**
 * How each kind of character moves at size 1: speeds, leg length (which sets the step
 * rhythm), how high it jumps and how it flies or swims. Bigger versions move faster with
 * longer, slower steps (speeds scale with √size, the Froude rule for walking animals).
 */

export interface CharacterProfile {
  walkSpeed: number;
  runSpeed: number;
  /** Hip height, m: sets stride length. */
  leg: number;
  /** Jump height on Earth with no height given (m). */
  jumpHeight: number;
  /** Two-footed: footsteps alternate left/right; four-footed animals step in pairs. */
  biped: boolean;
  flySpeed: number;
  /** Wing beats per second. */
  flapRate: number;
  swimSpeed: number;
}

const DEFAULT: CharacterProfile = {
  walkSpeed: 1.4, runSpeed: 3.5, leg: 0.9, jumpHeight: 0.45, biped: true, flySpeed: 3, flapRate: 4, swimSpeed: 0.8,
};

const PROFILES: Readonly<Record<string, Partial<CharacterProfile>>> = {
  person: {},
  robot: { walkSpeed: 1.0, runSpeed: 2.2, leg: 0.8, jumpHeight: 0.3 },
  astronaut: { walkSpeed: 1.1, runSpeed: 2.5, leg: 0.9, jumpHeight: 0.35 },
  dog: { walkSpeed: 1.2, runSpeed: 5, leg: 0.35, jumpHeight: 0.5, biped: false, swimSpeed: 0.6 },
  cat: { walkSpeed: 0.8, runSpeed: 3.5, leg: 0.2, jumpHeight: 0.8, biped: false, swimSpeed: 0.4 },
  horse: { walkSpeed: 1.7, runSpeed: 7, leg: 1.0, jumpHeight: 0.8, biped: false, swimSpeed: 1 },
  bird: { walkSpeed: 0.4, runSpeed: 1.2, leg: 0.05, jumpHeight: 0.15, flySpeed: 4, flapRate: 5 },
  fish: { walkSpeed: 0.5, runSpeed: 2, leg: 0.1, jumpHeight: 0.4, biped: false, swimSpeed: 0.5 },
};

export function characterProfileOf(kind: string, size: number): CharacterProfile {
  const p = { ...DEFAULT, ...(PROFILES[kind] ?? {}) };
  const s = Math.sqrt(size);
  return {
    ...p,
    walkSpeed: p.walkSpeed * s,
    runSpeed: p.runSpeed * s,
    leg: p.leg * size,
    jumpHeight: p.jumpHeight * size,
    flySpeed: p.flySpeed * s,
    flapRate: p.flapRate / s,
    swimSpeed: p.swimSpeed * s,
  };
}

/**
 * Gait cycles per second at a given speed (a cycle is one stride: two footsteps for a
 * biped, four footfalls for a four-legged animal). A person walking at 1.4 m/s takes 1.8
 * steps a second (a stride of 1.73 leg lengths); running strides are longer (2.78 leg
 * lengths), so at 3.5 m/s about 2.8 steps a second. Four-legged animals stride about 2.5 leg
 * lengths walking and 5 galloping (a dog: 1.4 strides a second walking, 2.9 galloping).
 */
export function strideRate(speed: number, leg: number, running: boolean, biped = true): number {
  const perLeg = biped ? (running ? 2.78 : 1.73) : running ? 5 : 2.5;
  return speed / (perLeg * leg);
}
