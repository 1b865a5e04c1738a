export { main } from './main.ts';
export { CliError } from './CliError.ts';
