/**
 * The few `Reflect` metadata functions `@peculiar/x509`'s dependency injection (tsyringe)
 * expects to find, installed only when no such polyfill is loaded already. Metadata lives in
 * a WeakMap per target; lookups walk the prototype chain like the reflect-metadata package.
 */
type Target = object;
type Key = unknown;
const store = new WeakMap<Target, Map<string | symbol | undefined, Map<Key, unknown>>>();

function own(target: Target, prop: string | symbol | undefined, create: boolean): Map<Key, unknown> | undefined {
  let byProp = store.get(target);
  if (!byProp) {
    if (!create) return undefined;
    byProp = new Map();
    store.set(target, byProp);
  }
  let map = byProp.get(prop);
  if (!map && create) {
    map = new Map();
    byProp.set(prop, map);
  }
  return map;
}

const R = Reflect as unknown as Record<string, unknown>;
if (typeof R.getMetadata !== 'function') {
  R.defineMetadata = (key: Key, value: unknown, target: Target, prop?: string | symbol) => void own(target, prop, true)!.set(key, value);
  R.getOwnMetadata = (key: Key, target: Target, prop?: string | symbol) => own(target, prop, false)?.get(key);
  R.hasOwnMetadata = (key: Key, target: Target, prop?: string | symbol) => own(target, prop, false)?.has(key) ?? false;
  R.getMetadata = (key: Key, target: Target, prop?: string | symbol) => {
    for (let t: Target | null = target; t; t = Object.getPrototypeOf(t) as Target | null) {
      const m = own(t, prop, false);
      if (m?.has(key)) return m.get(key);
    }
    return undefined;
  };
  R.hasMetadata = (key: Key, target: Target, prop?: string | symbol) => (R.getMetadata as (k: Key, t: Target, p?: string | symbol) => unknown)(key, target, prop) !== undefined;
  R.metadata = (key: Key, value: unknown) => (target: Target, prop?: string | symbol) => void own(target, prop, true)!.set(key, value);
}

export {};
