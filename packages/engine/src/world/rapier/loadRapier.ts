/** The deterministic Rapier build, initialised once per process. */
import RAPIER from '@dimforge/rapier3d-deterministic-compat';

let ready: Promise<void> | undefined;

export type Rapier = typeof RAPIER;

export async function loadRapier(): Promise<Rapier> {
  ready ??= RAPIER.init();
  await ready;
  return RAPIER;
}
