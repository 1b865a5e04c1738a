/**
 * Character and animal models by kind id: people, robots, astronauts and the animals, each
 * animated by its pose's gait and phase.
 */
import type { ModelBuilder } from '../model/Part.ts';
import { buildAstronaut } from './characters/astronaut/buildAstronaut.ts';
import { buildBird } from './characters/bird/buildBird.ts';
import { buildCat } from './characters/cat/buildCat.ts';
import { buildDog } from './characters/dog/buildDog.ts';
import { buildFish } from './characters/fish/buildFish.ts';
import { buildHorse } from './characters/horse/buildHorse.ts';
import { buildPerson } from './characters/person/buildPerson.ts';
import { buildRobot } from './characters/robot/buildRobot.ts';

export const CHARACTER_MODELS: Record<string, ModelBuilder> = {
  person: (ctx) => buildPerson(ctx),
  robot: buildRobot,
  astronaut: buildAstronaut,
  dog: buildDog,
  cat: buildCat,
  bird: buildBird,
  fish: buildFish,
  horse: buildHorse,
};
