import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuiltCli } from '../api/support/cli.js';
import { repoRoot } from '../reports/support/reports-app.js';

/**
 * `node dist/...` resolves no package of libs/: the SWC build (`jsc.paths` in
 * .swcrc) must have written every `@sitrep/<name>` import as a relative path,
 * and every relative import must name a file the build wrote. An export added
 * to a package without its line in .swcrc fails here, not at run time.
 */
const ROOTS = ['apps', 'libs', 'migrations', 'bench'];
const STATIC = /^\s*(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']/gm;
const BARE = /^\s*import\s*["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

async function* compiled(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* compiled(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

describe('dist/ as the build writes it', () => {
  it('imports no @sitrep package by name, and every relative import names a built file', async () => {
    requireBuiltCli();
    const dist = join(repoRoot, 'dist');
    const wrong: string[] = [];
    let files = 0;
    let relativeImports = 0;
    for (const root of ROOTS) {
      for await (const file of compiled(join(dist, root))) {
        files++;
        const code = await readFile(file, 'utf8');
        for (const pattern of [STATIC, BARE, DYNAMIC]) {
          for (const [, specifier] of code.matchAll(pattern)) {
            const where = `${relative(dist, file)}: ${specifier}`;
            if (specifier!.startsWith('@sitrep/')) wrong.push(`${where} (package name left)`);
            else if (specifier!.startsWith('.')) {
              relativeImports++;
              // Node's ESM loader wants the file itself: a folder or a path without its extension does not load.
              if (!statSync(resolve(dirname(file), specifier!), { throwIfNoEntry: false })?.isFile()) wrong.push(`${where} (no such file)`);
            }
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    // The walk saw the build: hundreds of modules and their imports, not an empty folder.
    expect(files).toBeGreaterThan(300);
    expect(relativeImports).toBeGreaterThan(files);
  });
});
