// How a worker thread imports our modules: by their full URLs, from dist/
// as the build runs them, or from src/ under the tests, whose TypeScript
// loader a worker does not get from --import: it registers it itself.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The modules as this process runs them: dist/*.js, or src/*.ts under the tests' TypeScript loader. */
const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
/** tsx's loader, for a worker to register before it imports ours (`(await import(TS_LOADER)).register()`); null in dist/. */
export const TS_LOADER = EXT === '.ts' ? import.meta.resolve('tsx/esm/api') : null;
/** The URL of one of our modules, by its path under src/ without the extension ("site/clock"). */
export const ours = (rel: string): string => pathToFileURL(path.join(HERE, rel + EXT)).href;
