import { readPrompt } from './readPrompt.ts';
console.log(JSON.stringify(readPrompt(process.argv[2]!), null, 1));
