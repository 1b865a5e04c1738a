/**
 * Hand-built models for every object kind (balls, props, furniture, vehicles, plants,
 * buildings), keyed by kind id. Each model is designed at its kind's typical size and stretched
 * to the collider the world simulates; see props/defineProp.ts.
 */
import type { ModelBuilder } from '../model/Part.ts';
import { ballModel } from './props/balls/ballModel.ts';
import { baseballModel } from './props/balls/baseballModel.ts';
import { basketballModel } from './props/balls/basketballModel.ts';
import { beachBallModel } from './props/balls/beachBallModel.ts';
import { bowlingBallModel } from './props/balls/bowlingBallModel.ts';
import { golfBallModel } from './props/balls/golfBallModel.ts';
import { marbleModel } from './props/balls/marbleModel.ts';
import { soccerBallModel } from './props/balls/soccerBallModel.ts';
import { tennisBallModel } from './props/balls/tennisBallModel.ts';
import { houseModel } from './props/buildings/houseModel.ts';
import { appleModel } from './props/food/appleModel.ts';
import { eggModel } from './props/food/eggModel.ts';
import { orangeModel } from './props/food/orangeModel.ts';
import { watermelonModel } from './props/food/watermelonModel.ts';
import { chairModel } from './props/furniture/chairModel.ts';
import { lampModel } from './props/furniture/lampModel.ts';
import { sofaModel } from './props/furniture/sofaModel.ts';
import { tableModel } from './props/furniture/tableModel.ts';
import { bushModel } from './props/nature/bushModel.ts';
import { rockModel } from './props/nature/rockModel.ts';
import { treeModel } from './props/nature/treeModel.ts';
import { anvilModel } from './props/objects/anvilModel.ts';
import { barrelModel } from './props/objects/barrelModel.ts';
import { bookModel } from './props/objects/bookModel.ts';
import { productModel } from './props/objects/productModel.ts';
import { bottleModel } from './props/objects/bottleModel.ts';
import { bowlingPinModel } from './props/objects/bowlingPinModel.ts';
import { bucketModel } from './props/objects/bucketModel.ts';
import { canModel } from './props/objects/canModel.ts';
import { crateModel } from './props/objects/crateModel.ts';
import { cubeModel } from './props/objects/cubeModel.ts';
import { cylinderModel } from './props/objects/cylinderModel.ts';
import { dominoModel } from './props/objects/dominoModel.ts';
import { featherModel } from './props/objects/featherModel.ts';
import { logModel } from './props/objects/logModel.ts';
import { plankModel } from './props/objects/plankModel.ts';
import { propModel } from './props/objects/propModel.ts';
import { pyramidModel } from './props/objects/pyramidModel.ts';
import { trafficConeModel } from './props/objects/trafficConeModel.ts';
import { umbrellaModel } from './props/objects/umbrellaModel.ts';
import { balloonModel } from './props/toys/balloonModel.ts';
import { rubberDuckModel } from './props/toys/rubberDuckModel.ts';
import { teddyBearModel } from './props/toys/teddyBearModel.ts';
import { airplaneModel } from './props/vehicles/airplaneModel.ts';
import { bicycleModel } from './props/vehicles/bicycleModel.ts';
import { boatModel } from './props/vehicles/boatModel.ts';
import { carModel } from './props/vehicles/carModel.ts';
import { droneModel } from './props/vehicles/droneModel.ts';

export const PROP_MODELS: Record<string, ModelBuilder> = {
  ball: ballModel,
  'soccer-ball': soccerBallModel,
  basketball: basketballModel,
  'tennis-ball': tennisBallModel,
  'beach-ball': beachBallModel,
  'bowling-ball': bowlingBallModel,
  'golf-ball': golfBallModel,
  baseball: baseballModel,
  marble: marbleModel,
  cube: cubeModel,
  crate: crateModel,
  barrel: barrelModel,
  bottle: bottleModel,
  can: canModel,
  domino: dominoModel,
  'bowling-pin': bowlingPinModel,
  book: bookModel,
  product: productModel,
  chair: chairModel,
  table: tableModel,
  sofa: sofaModel,
  lamp: lampModel,
  'traffic-cone': trafficConeModel,
  pyramid: pyramidModel,
  cylinder: cylinderModel,
  apple: appleModel,
  orange: orangeModel,
  egg: eggModel,
  watermelon: watermelonModel,
  bucket: bucketModel,
  'teddy-bear': teddyBearModel,
  'rubber-duck': rubberDuckModel,
  anvil: anvilModel,
  feather: featherModel,
  balloon: balloonModel,
  rock: rockModel,
  log: logModel,
  plank: plankModel,
  umbrella: umbrellaModel,
  car: carModel,
  boat: boatModel,
  bicycle: bicycleModel,
  airplane: airplaneModel,
  drone: droneModel,
  tree: treeModel,
  bush: bushModel,
  house: houseModel,
  prop: propModel,
};
