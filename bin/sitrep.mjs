#!/usr/bin/env node
// The `sitrep` command that `npm install -g .` / `npm link` put on PATH: the
// built CLI (dist/, from `npm run build`), started with the caller's arguments.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'apps', 'cli', 'src', 'main.js');
if (!existsSync(main)) {
  process.stderr.write(`sitrep: not built yet (${main} is missing); run \`npm run build\` in ${join(dirname(main), '../../../..')}\n`);
  process.exit(1);
}
await import(pathToFileURL(main).href);
