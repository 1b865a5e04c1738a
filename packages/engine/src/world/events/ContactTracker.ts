/**
 * Decides which physical contacts are worth a sound: the start of a real impact, not the
 * steady push of something resting or sliding. A pair of things (or a thing and the ground)
 * starts a contact when they meet with a closing speed of at least MIN_CLOSING_SPEED after
 * having been apart (no contact force) for SEPARATION_STEPS sub-steps (50 ms), or at any
 * time when they slam together at HARD_CLOSING_SPEED or more. The impulse of the impact is
 * summed over the few sub-steps an impact takes (IMPACT_WINDOW_STEPS).
 */

export const MIN_CLOSING_SPEED = 0.2;
export const HARD_CLOSING_SPEED = 1.5;
/** At 240 sub-steps per second. */
export const SEPARATION_STEPS = 12;
export const IMPACT_WINDOW_STEPS = 6;

export interface OpenContact {
  step: number;
  impulse: number;
  normalSpeed: number;
}

interface PairState {
  lastStep: number;
  open: OpenContact | undefined;
}

export class ContactTracker {
  private readonly pairs = new Map<number, PairState>();

  /**
   * A contact force between the pair `key` at sub-step `step`: `impulse` N·s delivered in the
   * step, `closingSpeed` m/s along the contact normal just before it. Returns the impact this
   * force belongs to — `started` when it begins a new contact (the caller records the event),
   * otherwise a later sub-step of an impact still under way (its impulse is added) — or
   * undefined for resting and sliding contact.
   */
  observe(key: number, step: number, impulse: number, closingSpeed: number): { contact: OpenContact; started: boolean } | undefined {
    let state = this.pairs.get(key);
    if (!state) {
      state = { lastStep: -Infinity, open: undefined };
      this.pairs.set(key, state);
    }
    if (state.open && step - state.open.step <= IMPACT_WINDOW_STEPS) {
      state.open.impulse += impulse;
      state.lastStep = step;
      return { contact: state.open, started: false };
    }
    const apart = step - state.lastStep > SEPARATION_STEPS;
    state.lastStep = step;
    if (closingSpeed >= MIN_CLOSING_SPEED && (apart || closingSpeed >= HARD_CLOSING_SPEED)) {
      state.open = { step, impulse, normalSpeed: closingSpeed };
      return { contact: state.open, started: true };
    }
    state.open = undefined;
    return undefined;
  }

  /** Key of an unordered pair of entity indices; the ground is −1. */
  static pairKey(a: number, b: number): number {
    const lo = Math.min(a, b) + 1, hi = Math.max(a, b) + 1;
    return hi * 4096 + lo;
  }
}
