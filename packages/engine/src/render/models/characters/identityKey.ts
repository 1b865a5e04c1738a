/**
 * What a character's look is chosen from: its name when it has one ("Robo" is the same robot
 * in every clip, remix and shot, whatever its id), else its id (stable within a plan and its remixes).
 */
export function identityKeyOf(entity: { id: string; name?: string }): string {
  const name = entity.name?.trim().toLowerCase();
  return name ? `name:${name}` : entity.id;
}
