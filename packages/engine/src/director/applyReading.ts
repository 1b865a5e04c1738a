/**
 * Turns what the director read from a prompt into a ScenePlan, on top of a base plan: a fresh
 * empty plan (directPlan) or an existing one (a remix). Environment values the prompt does not
 * mention keep the base's; entities the prompt refers to with "the …" are changed in place;
 * new ones are added with fresh ids; entities left without an action get a sensible default.
 */
import { gravityOf } from '../plan/gravityOf.ts';
import type { Action, AmbienceKind, CameraMove, Entity, ScenePlan, WaterBody } from '../plan/scenePlanSchema.ts';
import { kindOf, settingOf } from '../ontology/ontology.ts';
import { loadLexicon } from '../ontology/lexicon.ts';
import { createRandom } from '../random/createRandom.ts';
import { bodyDensity } from './bodyDensity.ts';
import { chooseDefaultAction } from './chooseDefaultAction.ts';
import { chooseFollowTarget } from './chooseFollowTarget.ts';
import { idBase, nextEntityId } from './nextEntityId.ts';
import type { PromptReading } from './PromptReading.ts';
import { sameHead } from './readPrompt.ts';

export interface ApplyOptions {
  /** A new plan: every entity gets defaults and the setting is chosen from scratch. */
  fresh: boolean;
  /** A setting the caller fixed; the prompt's setting words do not change it. */
  setting?: string;
  width?: number;
  height?: number;
  duration?: number;
}

const round = (v: number, digits = 3) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Settings with a road, and the way along it (the city street runs away from the camera). */
const ROAD_DIRECTIONS: Readonly<Record<string, [number, number, number]>> = { 'city-street': [0, 0, -1] };
const DRIVE_ACTIONS = new Set<Action['type']>(['roll', 'walk', 'run']);

export function applyReading(base: ScenePlan, reading: PromptReading, options: ApplyOptions): ScenePlan {
  const lex = loadLexicon();
  const fresh = options.fresh;

  // ---- canvas ----
  const canvas = {
    ...base.canvas,
    width: options.width ?? reading.canvasSize?.width ?? base.canvas.width,
    height: options.height ?? reading.canvasSize?.height ?? base.canvas.height,
    duration: options.duration ?? reading.duration ?? base.canvas.duration,
  };

  // ---- setting ----
  let settingId = base.environment.setting;
  if (options.setting !== undefined) settingId = options.setting;
  else if (reading.setting) settingId = reading.setting.id;
  else if (fresh) {
    const byGravity = typeof reading.gravity === 'string' ? lex.settingHints.gravity[reading.gravity] : undefined;
    const byKind = reading.groups.map((g) => lex.settingHints.kinds[g.kind]).find((s) => s !== undefined);
    const byWeather = reading.weather !== undefined ? lex.settingHints.weathers[reading.weather] : undefined;
    settingId = byGravity ?? byKind ?? byWeather ?? (reading.usesWater ? lex.water.defaultSetting : 'studio');
  }
  const settingChanged = fresh || settingId !== base.environment.setting;
  const setting = settingOf(settingId);
  const airless = lex.weather.airlessSettings.includes(settingId);

  // ---- environment ----
  const env = { ...base.environment, wind: { ...base.environment.wind }, water: base.environment.water.map((w) => ({ ...w })) };
  if (settingChanged) {
    env.setting = settingId;
    env.water = setting.water ? [{ ...setting.water, kind: setting.water.kind as WaterBody['kind'] }] : [];
    env.gravity = setting.gravity ?? 'normal';
  }
  if (settingChanged) delete env.ground;
  if (reading.ground !== undefined) env.ground = reading.ground;
  if (reading.gravity !== undefined) env.gravity = reading.gravity;
  if (reading.timeOfDay !== undefined) env.timeOfDay = reading.timeOfDay;
  const weatherChanged = reading.weather !== undefined && (fresh || reading.weather !== base.environment.weather);
  if (reading.weather !== undefined) env.weather = reading.weather;
  if (reading.usesWater && env.water.length === 0) {
    const from = lex.water.added[settingId] ?? lex.water.added['*']!;
    const water = settingOf(from).water;
    if (water) env.water = [{ ...water, kind: water.kind as WaterBody['kind'] }];
  }
  if (airless) env.wind = { ...env.wind, speed: 0 };
  else if (reading.wind !== undefined) env.wind = { ...env.wind, speed: reading.wind };
  else if (weatherChanged || settingChanged) env.wind = { ...env.wind, speed: lex.weather.wind[env.weather] ?? 0 };

  let ambience = base.audio.ambience.map((a) => ({ ...a }));
  if (settingChanged || weatherChanged) {
    const levels = new Map<AmbienceKind, number>();
    const add = (kind: string, level: number) => {
      const k = kind as AmbienceKind;
      levels.set(k, Math.max(levels.get(k) ?? -80, level));
    };
    for (const [kind, level] of setting.ambience) add(kind, level);
    if (!airless) {
      const quieter = setting.indoor ? lex.weather.indoorAttenuation : 0;
      for (const [kind, level] of lex.weather.ambience[env.weather] ?? []) add(kind, Math.max(-80, level - quieter));
    }
    ambience = [...levels].slice(0, 12).map(([kind, level]) => ({ kind, level }));
  }

  // ---- cast ----
  const cast: Entity[] = base.cast.map((e) => ({ ...e }));
  const taken = new Set(cast.map((e) => e.id));
  const groupIds: string[][] = [];
  const groupOf = new Map<string, number>();
  const newIds = new Set<string>();
  const notes: string[] = [];
  reading.groups.forEach((group, g) => {
    if (!fresh && group.definite) {
      const byKind = cast.filter((e) => e.kind === group.kind && (group.kind !== 'prop' || e.label === group.label));
      const existing = byKind.length > 0 ? byKind : cast.filter((e) => e.label !== undefined && sameHead(e.label, group.label));
      if (existing.length > 0) {
        const bound = group.count > 1 ? existing : existing.slice(0, 1);
        for (const e of bound) {
          if (group.said.colour && group.colour !== undefined) e.colour = group.colour;
          if (group.said.material && group.material !== undefined) e.material = group.material;
          if (group.said.size) e.size = round(group.size);
          groupOf.set(e.id, g);
        }
        groupIds[g] = bound.map((e) => e.id);
        return;
      }
    }
    const kind = kindOf(group.kind);
    const room = lex.counts.maxCast - cast.length;
    const count = Math.max(0, Math.min(group.count, room));
    if (count < group.count) notes.push(`${group.count} ${group.label} (only ${count} fit in the scene)`);
    const material = group.material ?? kind.material;
    const plainColour = group.colour ??
      (material !== kind.material ? lex.materialColours[material] : undefined) ??
      kind.colour;
    const palette = lex.palette.map((c) => lex.colours[c]!);
    const offset = createRandom(base.seed, `director/colours/${g}`).int(0, palette.length - 1);
    const ids: string[] = [];
    for (let k = 0; k < count; k++) {
      const id = nextEntityId(idBase(group.kind, group.label), taken);
      taken.add(id);
      newIds.add(id);
      groupOf.set(id, g);
      ids.push(id);
      cast.push({
        id,
        kind: group.kind,
        label: group.label,
        colour: group.colourful ? palette[(offset + k) % palette.length]! : plainColour,
        material,
        size: round(group.size),
        placement: { type: 'auto' },
      });
    }
    groupIds[g] = ids;
  });
  const byId = new Map(cast.map((e) => [e.id, e]));
  reading.groups.forEach((group, g) => {
    const p = group.placement;
    if (!p) return;
    const target = typeof p.target === 'number' ? groupIds[p.target]?.[0] : p.target;
    if (target === undefined) return;
    for (const id of groupIds[g] ?? []) {
      if (id === target) continue;
      byId.get(id)!.placement = { type: 'relation', relation: p.relation, target };
    }
  });
  // A placement that leads back to itself would have no answer: drop it.
  for (const e of cast) {
    let t = e.placement.type === 'relation' ? e.placement.target : undefined;
    for (let guard = 0; t !== undefined && guard <= cast.length; guard++) {
      if (t === e.id) {
        e.placement = { type: 'auto' };
        break;
      }
      const next: Entity | undefined = byId.get(t);
      t = next && next.placement.type === 'relation' ? next.placement.target : undefined;
    }
  }

  // ---- actions ----
  const duration = canvas.duration;
  const latestStart = Math.max(0, duration - 0.5);
  const maxSequence = Math.max(0, ...reading.actions.map((a) => a.sequence ?? 0));
  const step = Math.min(2, Math.max(0.5, duration / (maxSequence + 2)));
  const mobilityOf = (id: string) => kindOf(byId.get(id)!.kind).mobility;
  const adapt = (type: Action['type'], id: string): Action['type'] | null => {
    const table = lex.adaptActions[mobilityOf(id)];
    if (table && type in table) return table[type] ?? null;
    return type;
  };
  const speedOf = (type: Action['type'], factor: number | undefined) =>
    factor === undefined ? undefined : round(Math.min(100, (lex.actionSpeeds[type] ?? 1) * factor), 2);
  const newActions: Action[] = [];
  for (const a of reading.actions) {
    const ids = groupIds[a.group] ?? [];
    const members = a.members === 'first' ? ids.slice(0, 1) : ids;
    const targetGroupIds = a.target !== undefined ? groupIds[a.target] ?? [] : [];
    for (const id of members) {
      const type = adapt(a.type, id);
      if (type === null) continue;
      const action: Action = { entity: id, type, start: round(Math.min(a.start ?? (a.sequence ?? 0) * step, latestStart), 2) };
      if (a.duration !== undefined && a.duration > 0) action.duration = round(a.duration, 2);
      if (a.direction) action.direction = [...a.direction];
      const speed = speedOf(type, a.speedFactor);
      if (speed !== undefined) action.speed = speed;
      if (a.height !== undefined) action.height = round(Math.min(100, a.height), 2);
      const target = targetGroupIds.find((t) => t !== id);
      if (target !== undefined) action.target = target;
      newActions.push(action);
    }
  }
  const actedOn = new Set(newActions.map((a) => a.entity));
  let actions = base.actions.filter((a) => !actedOn.has(a.entity)).concat(newActions);

  // Defaults for entities with nothing to do.
  const weightless = gravityOf(env.gravity) === 0;
  const waterDensity = env.water[0]?.density ?? 1000;
  const targets = new Set<string>();
  for (const e of cast) if (e.placement.type === 'relation') targets.add(e.placement.target);
  for (const a of actions) if (a.target) targets.add(a.target);
  // A group is a target as a whole: the pins behind the first pin wait to be hit too.
  for (const ids of groupIds) if (ids?.some((id) => targets.has(id))) for (const id of ids) targets.add(id);
  const hasAction = new Set(actions.map((a) => a.entity));
  const defaults: Action[] = [];
  for (const e of cast) {
    if (!(fresh || newIds.has(e.id)) || hasAction.has(e.id)) continue;
    const kind = kindOf(e.kind);
    const p = e.placement;
    const inWater =
      (p.type === 'relation' && p.target === 'water' && p.relation !== 'above') ||
      (p.type === 'auto' && env.water.length > 0 && kind.mobility === 'dynamic');
    const rule = chooseDefaultAction(
      {
        kind: e.kind,
        category: kind.category,
        mobility: kind.mobility,
        weightless,
        inWater,
        indoor: setting.indoor,
        isTarget: targets.has(e.id),
        placed: p.type === 'relation' && p.target !== 'ground' && p.target !== 'water',
      },
      lex.defaultActions.rules,
    );
    if (!rule || rule.then === null) continue;
    const g = groupOf.get(e.id);
    if (rule.members === 'first' && g !== undefined && groupIds[g]?.[0] !== e.id) continue;
    const wanted = rule.then === 'buoyancy' ? (bodyDensity(e.kind, e.material) < waterDensity ? 'float' : 'sink') : rule.then;
    const type = adapt(wanted, e.id);
    if (type === null) continue;
    const action: Action = { entity: e.id, type, start: 0 };
    const group = g !== undefined ? reading.groups[g] : undefined;
    if (group?.direction) action.direction = [...group.direction];
    const speed = speedOf(type, group?.speedFactor);
    if (speed !== undefined) action.speed = speed;
    if (rule.targetKind) {
      const t = cast.find((x) => x.kind === rule.targetKind && x.id !== e.id);
      if (t) action.target = t.id;
    }
    defaults.push(action);
  }
  // Vehicles told to drive with no way to go drive along the road, down the street away from us.
  const road = ROAD_DIRECTIONS[settingId];
  if (road) {
    for (const a of [...newActions, ...defaults]) {
      const kind = kindOf(byId.get(a.entity)!.kind);
      if (kind.category === 'vehicle' && DRIVE_ACTIONS.has(a.type) && !a.direction && a.target === undefined) a.direction = [...road];
    }
  }
  actions = actions.concat(defaults);
  const castOrder = new Map(cast.map((e, i) => [e.id, i]));
  actions = actions
    .map((a, k) => ({ a, k }))
    .sort((p, q) => castOrder.get(p.a.entity)! - castOrder.get(q.a.entity)! || p.k - q.k)
    .map((p) => p.a);

  // ---- camera ----
  const firstOf = (g: number | undefined) => (g === undefined ? undefined : groupIds[g]?.[0]);
  const mainId = firstOf(reading.mainGroup) ?? (fresh ? cast[0]?.id : undefined);
  let moves: CameraMove[] = base.camera.moves.map((m) => ({ ...m }));
  if (reading.moves.length > 0) {
    moves = reading.moves.slice(0, 8).map((m) => {
      const move: CameraMove = { type: m.type };
      if (m.type !== 'static' && m.type !== 'follow') {
        // A slow or fast move covers less or more of its default; an amount the prompt gave stays.
        const amount = m.amount !== undefined ? m.amount * (m.sign ?? 1) : (lex.camera.amounts[m.type] ?? 0) * (m.speedFactor ?? 1) * (m.sign ?? 1);
        move.amount = round(amount);
      }
      if (m.type === 'follow' || m.type === 'orbit') {
        const target = firstOf(m.target) ?? mainId;
        if (target !== undefined) move.target = target;
      }
      return move;
    });
    if (moves.some((m) => m.type !== 'static')) moves = moves.filter((m) => m.type !== 'static');
  }
  if (fresh && reading.moves.length === 0) {
    // No move asked for: a subject that travels gets a following camera.
    const traveller = chooseFollowTarget(cast, actions, duration, mainId);
    if (traveller !== undefined) moves = [{ type: 'follow', target: traveller }];
  }
  const framing = reading.framing ?? base.camera.framing;
  const follow = moves.find((m) => m.type === 'follow' && m.target !== undefined)?.target;
  let subject = firstOf(reading.cameraSubject) ?? follow;
  if (subject === undefined && (framing === 'close-up' || framing === 'medium')) subject = mainId;
  if (subject === undefined && !fresh && base.camera.subject !== undefined && byId.has(base.camera.subject)) subject = base.camera.subject;
  const camera: ScenePlan['camera'] = { framing, moves, ...(subject !== undefined ? { subject } : {}) };

  // ---- words ----
  const ungrounded = [...(fresh ? [] : base.ungrounded)];
  for (const w of [...reading.ungrounded, ...notes]) if (!ungrounded.includes(w)) ungrounded.push(w);

  return {
    version: base.version,
    ...(base.prompt !== undefined ? { prompt: base.prompt } : {}),
    seed: base.seed,
    canvas,
    environment: env,
    cast,
    actions,
    camera,
    audio: { ambience },
    // A remix keeps the look and the reference pictures unless its own words change them.
    ...(base.look !== undefined ? { look: base.look } : {}),
    ...(base.references !== undefined ? { references: base.references } : {}),
    ungrounded,
  };
}
