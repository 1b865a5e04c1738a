/**
 * ScenePlan v1 — the one contract between everything that makes videos (the prompt
 * director, hand-written plans, remixes) and everything that renders them.
 * Documented in docs/scene-plan.md. Units: metres, seconds, degrees, m/s, kg/m³.
 */
import { z } from 'zod';
import { KIND_IDS, MATERIAL_IDS, SETTING_IDS } from '../ontology/ontology.ts';
import { lookSchema } from './lookSchema.ts';
import { referenceSchema } from './referenceSchema.ts';
import { NARRATOR, speechSchema } from './speechSchema.ts';

export const PLAN_VERSION = 1 as const;

/** Output sizes the encoder supports (width x height). */
export const SUPPORTED_SIZES = [
  '720x1280', '1280x720', '1024x1792', '1792x1024', '1080x1920', '1920x1080', '1080x1080',
] as const;
export const SUPPORTED_FPS = [24, 30] as const;
export const MIN_DURATION = 1;
export const MAX_DURATION = 20;

const asEnum = (ids: readonly string[]) => z.enum(ids as [string, ...string[]]);

export const vec3Schema = z.tuple([z.number().finite(), z.number().finite(), z.number().finite()]);
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#ff8800"');
const entityId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes');
const time = z.number().finite().min(0);

export const canvasSchema = z
  .object({
    width: z.number().int(),
    height: z.number().int(),
    fps: z.union([z.literal(24), z.literal(30)]),
    duration: z.number().finite().min(MIN_DURATION).max(MAX_DURATION),
  })
  .strict()
  .refine((c) => (SUPPORTED_SIZES as readonly string[]).includes(`${c.width}x${c.height}`), {
    message: `size must be one of ${SUPPORTED_SIZES.join(', ')}`,
    path: ['width'],
  });

export const TIMES_OF_DAY = ['dawn', 'morning', 'noon', 'afternoon', 'sunset', 'night'] as const;
export const WEATHERS = ['clear', 'cloudy', 'rain', 'snow', 'wind', 'fog', 'storm'] as const;
export const WATER_KINDS = ['ocean', 'lake', 'pond', 'pool', 'bathtub', 'river'] as const;

export const waterBodySchema = z
  .object({
    kind: z.enum(WATER_KINDS),
    /** Height of the surface (m). */
    level: z.number().finite().min(-10).max(10),
    /** Depth below the surface to the bottom (m). */
    depth: z.number().finite().positive().max(50),
    /** kg/m³: 1000 fresh water, 1025 sea water. */
    density: z.number().finite().min(500).max(2000),
  })
  .strict();

export const environmentSchema = z
  .object({
    setting: asEnum(SETTING_IDS),
    /** Ground surface material ("a wooden floor"); omitted = the setting's own ground. */
    ground: asEnum(MATERIAL_IDS).optional(),
    timeOfDay: z.enum(TIMES_OF_DAY),
    weather: z.enum(WEATHERS),
    /** normal = 9.81 m/s², low = 1.62 m/s² (the Moon), zero = none; or an explicit m/s² value. */
    gravity: z.union([z.enum(['normal', 'low', 'zero']), z.number().finite().min(0).max(30)]),
    wind: z
      .object({
        /** m/s */
        speed: z.number().finite().min(0).max(40),
        /** Compass degrees the wind blows towards: 0 = +x (screen right), 90 = -z (away from camera). */
        direction: z.number().finite(),
      })
      .strict(),
    water: z.array(waterBodySchema).max(1),
  })
  .strict();

export const RELATIONS = ['on', 'in', 'under', 'next-to', 'above', 'in-front-of', 'behind'] as const;

export const placementSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auto') }).strict(),
  z
    .object({
      type: z.literal('absolute'),
      position: vec3Schema,
      /** Euler angles in degrees [x, y, z]. */
      rotation: vec3Schema.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('relation'),
      relation: z.enum(RELATIONS),
      /** Another entity's id, or "ground" / "water". */
      target: z.string().min(1),
    })
    .strict(),
]);

export const entitySchema = z
  .object({
    id: entityId,
    kind: asEnum(KIND_IDS),
    /** The words that named it ("rubber duck", or an unknown noun for kind "prop"). */
    label: z.string().max(80).optional(),
    /** A character's name ("Robo"): its look derives from it, so the same name looks the same in every clip. */
    name: z.string().min(1).max(40).optional(),
    colour: hexColour,
    material: asEnum(MATERIAL_IDS),
    /** Scale relative to the kind's typical size (1 = typical). */
    size: z.number().finite().min(0.05).max(20),
    placement: placementSchema,
  })
  .strict();

export const ACTION_TYPES = [
  'fall', 'drop', 'throw', 'roll', 'bounce', 'slide', 'float', 'sink', 'push', 'topple',
  'fly', 'spin', 'jump', 'walk', 'run', 'wave', 'idle',
] as const;

export const actionSchema = z
  .object({
    entity: entityId,
    type: z.enum(ACTION_TYPES),
    /** Seconds from the start of the clip. */
    start: time,
    /** Seconds; omitted = until the clip ends (continuous actions) or instantaneous. */
    duration: z.number().finite().positive().optional(),
    /** Unit-ish direction in world space (x right, y up, z towards the camera). */
    direction: vec3Schema.optional(),
    /** m/s for moving actions, revolutions per second for spin. */
    speed: z.number().finite().min(0).max(100).optional(),
    /** Drop/throw/jump/fly height in metres. */
    height: z.number().finite().min(0).max(100).optional(),
    /** Entity the action is aimed at (push, throw at, walk to). */
    target: entityId.optional(),
  })
  .strict();

export const FRAMINGS = ['wide', 'medium', 'close-up', 'aerial'] as const;
export const CAMERA_MOVES = ['static', 'pan', 'tilt', 'dolly-in', 'dolly-out', 'orbit', 'follow', 'handheld'] as const;

export const cameraMoveSchema = z
  .object({
    type: z.enum(CAMERA_MOVES),
    start: time.optional(),
    duration: z.number().finite().positive().optional(),
    /** pan/tilt: degrees; orbit: degrees around the subject; dolly: fraction of the distance; handheld: shake 0..1. */
    amount: z.number().finite().optional(),
    /** Entity to follow or orbit. */
    target: entityId.optional(),
  })
  .strict();

export const cameraSchema = z
  .object({
    framing: z.enum(FRAMINGS),
    /** Entity the shot is about (framing centres on it); omitted = the whole cast. */
    subject: entityId.optional(),
    moves: z.array(cameraMoveSchema).max(8),
  })
  .strict();

export const AMBIENCE_KINDS = [
  'room-tone', 'waves', 'water-lap', 'wind', 'rain', 'thunder', 'birds', 'gulls', 'insects',
  'leaves', 'city', 'clock', 'fridge-hum', 'space-hum',
] as const;

export const audioSchema = z
  .object({
    ambience: z
      .array(
        z
          .object({
            kind: z.enum(AMBIENCE_KINDS),
            /** dBFS before loudness normalisation. */
            level: z.number().finite().min(-80).max(0),
          })
          .strict(),
      )
      .max(12),
  })
  .strict();

export const scenePlanSchema = z
  .object({
    version: z.literal(PLAN_VERSION),
    /** The prompt the plan came from, if any. */
    prompt: z.string().max(4000).optional(),
    seed: z.number().int().min(0).max(4294967295),
    canvas: canvasSchema,
    environment: environmentSchema,
    cast: z.array(entitySchema).max(200),
    actions: z.array(actionSchema).max(400),
    camera: cameraSchema,
    audio: audioSchema,
    /** Dialogue and narration; omitted = a clip without speech. */
    speech: speechSchema.optional(),
    /** Render style; omitted = cinematic. */
    look: lookSchema.optional(),
    /** Reference images (image-to-video). */
    references: z.array(referenceSchema).max(4).optional(),
    /** Prompt words the director could not map to anything. */
    ungrounded: z.array(z.string()),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const ids = new Set<string>();
    plan.cast.forEach((e, i) => {
      if (ids.has(e.id)) ctx.addIssue({ code: 'custom', message: `duplicate entity id "${e.id}"`, path: ['cast', i, 'id'] });
      ids.add(e.id);
    });
    plan.cast.forEach((e, i) => {
      if (e.placement.type === 'relation') {
        const t = e.placement.target;
        if (t !== 'ground' && t !== 'water' && !ids.has(t)) {
          ctx.addIssue({ code: 'custom', message: `unknown entity "${t}"`, path: ['cast', i, 'placement', 'target'] });
        } else if (t === e.id) {
          ctx.addIssue({ code: 'custom', message: 'an entity cannot be placed relative to itself', path: ['cast', i, 'placement', 'target'] });
        }
      }
    });
    plan.actions.forEach((a, i) => {
      if (!ids.has(a.entity)) ctx.addIssue({ code: 'custom', message: `unknown entity "${a.entity}"`, path: ['actions', i, 'entity'] });
      if (a.target !== undefined && !ids.has(a.target)) ctx.addIssue({ code: 'custom', message: `unknown entity "${a.target}"`, path: ['actions', i, 'target'] });
      if (a.start >= plan.canvas.duration) ctx.addIssue({ code: 'custom', message: `starts at ${a.start} s, after the clip ends (${plan.canvas.duration} s)`, path: ['actions', i, 'start'] });
    });
    plan.camera.moves.forEach((m, i) => {
      if (m.target !== undefined && !ids.has(m.target)) ctx.addIssue({ code: 'custom', message: `unknown entity "${m.target}"`, path: ['camera', 'moves', i, 'target'] });
    });
    plan.speech?.lines.forEach((l, i) => {
      if (l.speaker !== NARRATOR && !ids.has(l.speaker)) ctx.addIssue({ code: 'custom', message: `unknown speaker "${l.speaker}" (an entity id or "narrator")`, path: ['speech', 'lines', i, 'speaker'] });
      if (l.start >= plan.canvas.duration) ctx.addIssue({ code: 'custom', message: `starts at ${l.start} s, after the clip ends (${plan.canvas.duration} s)`, path: ['speech', 'lines', i, 'start'] });
    });
    plan.references?.forEach((r, i) => {
      if (r.entity !== undefined && !ids.has(r.entity)) ctx.addIssue({ code: 'custom', message: `unknown entity "${r.entity}"`, path: ['references', i, 'entity'] });
    });
    if (plan.camera.subject !== undefined && !ids.has(plan.camera.subject)) {
      ctx.addIssue({ code: 'custom', message: `unknown entity "${plan.camera.subject}"`, path: ['camera', 'subject'] });
    }
  });

export type ScenePlan = z.infer<typeof scenePlanSchema>;
export type Canvas = ScenePlan['canvas'];
export type Environment = ScenePlan['environment'];
export type WaterBody = z.infer<typeof waterBodySchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Placement = z.infer<typeof placementSchema>;
export type Action = z.infer<typeof actionSchema>;
export type ActionType = (typeof ACTION_TYPES)[number];
export type CameraPlan = ScenePlan['camera'];
export type CameraMove = z.infer<typeof cameraMoveSchema>;
export type AmbienceKind = (typeof AMBIENCE_KINDS)[number];
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
export type Weather = (typeof WEATHERS)[number];
export * from './speechSchema.ts';
export * from './lookSchema.ts';
export * from './referenceSchema.ts';
