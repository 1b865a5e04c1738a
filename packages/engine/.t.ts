import { readSpeech } from './src/director/readSpeech.ts';
for (const p of [
 'a robot says "hello"',
 'In a train station, the woman asks: "where is the station?" and the man replies "over there"',
 'a robot and a girl in a kitchen. The robot says "Guten Tag!" then the girl answers: "Hallo Roboter" auf Deutsch',
 '"Hi," says the boy. "Hello," the dog says.',
 'a ball rolls across the floor\nnarrator: Every journey begins with a single roll.',
 'voice-over: "Welcome to the future" and a car drives in a city street',
 'two cats talk in spanish in a garden: "hola" "¿qué tal?"',
 'a man speaking French says « Bonjour »',
]) console.log(JSON.stringify(readSpeech(p)));
