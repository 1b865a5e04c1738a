/**
 * Entity ids are the kind (or, for props, the noun) plus a number: ball-1, ball-2,
 * rubber-duck-1, vase-1. Numbers continue after the ids a plan already has.
 */
export function idBase(kind: string, label: string | undefined): string {
  if (kind !== 'prop' || !label) return kind;
  const slug = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return /^[a-z0-9]/.test(slug) ? slug : 'prop';
}

export function nextEntityId(base: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
