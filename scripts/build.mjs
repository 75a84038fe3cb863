// Compiles apps/, libs/, migrations/ and bench/ to dist/ with SWC (decorator
// metadata included, which NestJS needs), then the dashboard (apps/web) with
// Vite into dist/web. Only files newer than their output are compiled again,
// so `npm run sitrep` stays quick; --clean starts over.
// Type checking is `npm run typecheck`, kept apart so a build never waits on it.
import { transformFile } from '@swc/core';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dashboardSizes } from './dashboard-size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const roots = ['apps', 'libs', 'migrations', 'bench'];
const quiet = process.argv.includes('--quiet');
// The dashboard is browser code, bundled by Vite below, not compiled for Node.
const web = join(root, 'apps', 'web');
const isSource = (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(f);

async function* walk(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (p === web) continue;
    if (e.isDirectory()) yield* walk(p);
    else if (isSource(e.name)) yield p;
  }
}

if (process.argv.includes('--clean')) await rm(out, { recursive: true, force: true });
const swcrc = JSON.parse(await readFile(join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;

// The workspace packages (libs/*, imported as '@sitrep/<name>') point their
// `exports` at TypeScript sources; in dist/ each such import becomes the relative
// path of the compiled entry, so `node dist/...` needs no package resolution.
const packageEntries = new Map();
for (const dir of await readdir(join(root, 'libs'))) {
  const pkg = JSON.parse(await readFile(join(root, 'libs', dir, 'package.json'), 'utf8').catch(() => 'null'));
  for (const [sub, target] of Object.entries(pkg?.exports ?? {}))
    packageEntries.set(join(pkg.name, sub), join(out, 'libs', dir, target.replace(/\.ts$/, '.js')));
}
const PACKAGE_IMPORT = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(@sitrep\/[\w-]+(?:\/[\w-]+)?)\2/g;
function resolvePackageImports(code, target) {
  return code.replace(PACKAGE_IMPORT, (_whole, lead, quote, specifier) => {
    const entry = packageEntries.get(specifier);
    if (!entry) throw new Error(`${specifier} is not an export of a package in libs/`);
    const rel = relative(dirname(target), entry);
    return `${lead}${quote}${rel.startsWith('.') ? rel : `./${rel}`}${quote}`;
  });
}
let compiled = 0,
  failed = 0;
const started = performance.now();
for (const r of roots) {
  for await (const src of walk(join(root, r))) {
    const rel = relative(root, src);
    const target = join(out, rel.replace(/\.ts$/, '.js'));
    const [s, t] = await Promise.all([stat(src), stat(target).catch(() => null)]);
    if (t && t.mtimeMs >= s.mtimeMs) continue;
    try {
      const res = await transformFile(src, { ...swcrc, swcrc: false, filename: src, sourceFileName: relative(dirname(target), src) });
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, `${resolvePackageImports(res.code, target)}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
      if (res.map) await writeFile(`${target}.map`, res.map);
      compiled++;
    } catch (err) {
      failed++;
      console.error(`build: ${rel}: ${err.message ?? err}`);
    }
  }
}
// Outputs whose source is gone (a renamed migration, a deleted module) must not linger in dist/.
let removed = 0;
async function* walkOut(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walkOut(p);
    else if (e.name.endsWith('.js')) yield p;
  }
}
for (const r of roots) {
  for await (const target of walkOut(join(out, r))) {
    const src = join(root, relative(out, target)).replace(/\.js$/, '.ts');
    if (
      await stat(src).then(
        () => false,
        () => true,
      )
    ) {
      await rm(target, { force: true });
      await rm(`${target}.map`, { force: true });
      removed++;
    }
  }
}
const dashboard = await buildDashboard().catch((err) => {
  failed++;
  console.error(`build: dashboard: ${err.message ?? err}`);
  return null;
});
if (!quiet || failed)
  console.error(
    `build: ${compiled} file(s) compiled${removed ? `, ${removed} stale removed` : ''} in ${Math.round(performance.now() - started)} ms${failed ? `, ${failed} failed` : ''}`,
  );
if (dashboard && (!quiet || dashboard.built))
  console.error(`build: dashboard ${dashboard.built ? `built in ${dashboard.ms} ms` : 'up to date'}: ${dashboard.summary}`);
process.exit(failed ? 1 : 0);

/** Newest modification time under a folder (or of a file). */
async function newest(path) {
  const s = await stat(path).catch(() => null);
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const e of await readdir(path)) if (e !== 'node_modules') max = Math.max(max, await newest(join(path, e)));
  return max;
}

/**
 * Vite build of apps/web into dist/web when a source (or the lockfile) is newer
 * than the last build; then the gzipped size of its JavaScript and CSS (fonts
 * aside), held under 500 KB by the dashboard's browser test.
 */
async function buildDashboard() {
  const outDir = join(out, 'web');
  const stamp = (await stat(join(outDir, 'index.html')).catch(() => null))?.mtimeMs ?? 0;
  const sources = Math.max(await newest(web), await newest(join(root, 'package-lock.json')));
  const started = performance.now();
  let built = false;
  if (sources > stamp) {
    const { build } = await import('vite');
    await build({ configFile: join(web, 'vite.config.mjs'), logLevel: quiet ? 'error' : 'warn' });
    built = true;
  }
  const sizes = await dashboardSizes(outDir);
  return {
    built,
    ms: Math.round(performance.now() - started),
    summary: `${(sizes.gzip / 1024).toFixed(1)} KB gzipped JS+CSS (${(sizes.raw / 1024).toFixed(0)} KB raw), fonts aside`,
  };
}
