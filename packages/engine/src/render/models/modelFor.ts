/**
 * The model registry: which builder draws an entity kind. Hand-built prop and character models
 * come first; any other kind is drawn from its collider.
 */
import type { ModelBuilder } from '../model/Part.ts';
import { CHARACTER_MODELS } from './characterModels.ts';
import { genericModel } from './genericModel.ts';
import { PROP_MODELS } from './propModels.ts';

export function modelFor(kind: string): ModelBuilder {
  return (Object.hasOwn(CHARACTER_MODELS, kind) ? CHARACTER_MODELS[kind] : undefined)
    ?? (Object.hasOwn(PROP_MODELS, kind) ? PROP_MODELS[kind] : undefined)
    ?? genericModel;
}
