// Loaded with `--import` by the Astro process `npm run build` starts (src/cli/build.ts): its
// imports from node_modules resolve as they did in the last build (src/cli/module-resolutions.ts).
import { isMainThread } from 'node:worker_threads';
import { RESOLUTIONS_FILE_ENV, installedPackagesStamp, rememberResolutions } from './module-resolutions.ts';

const file = process.env[RESOLUTIONS_FILE_ENV];
const stamp = installedPackagesStamp(new URL('../../node_modules/.package-lock.json', import.meta.url));
// Worker threads start with the same flags: one file per process, written by its main thread.
if (file && stamp && isMainThread) rememberResolutions(file, stamp);
