// Worker-thread entry: registers the TypeScript loader, then runs the frame renderer.
import { register } from 'tsx/esm/api';

register();
await import('./renderWorkerMain.ts');
