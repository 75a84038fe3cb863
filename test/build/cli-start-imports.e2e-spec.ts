import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { requireBuiltCli } from '../api/support/cli.js';
import { repoRoot } from '../reports/support/reports-app.js';

/**
 * What the built CLI loads before a command runs: the extractor (lexicons, gazetteer) only for
 * `sitrep extract`. Every command registers `extract`, and `serve` restarts itself once with
 * heap flags: an extractor loaded at registration cost each of them its load on the main thread
 * (~0.9 s of CPU, twice for serve). A load hook prints every module of libs/extraction loaded.
 */
const run = promisify(execFile);
const HOOK = `data:text/javascript,${encodeURIComponent(
  "import { registerHooks } from 'node:module';" +
    "registerHooks({ load(url, context, next) { if (url.includes('/libs/extraction/')) process.stderr.write('EXTRACTION ' + url + '\\n'); return next(url, context); } });",
)}`;

async function extractionModulesLoadedBy(args: string[], input?: string): Promise<number> {
  const child = run(process.execPath, ['--import', HOOK, 'dist/apps/cli/src/main.js', ...args], { cwd: repoRoot, env: process.env });
  if (input !== undefined) child.child.stdin!.end(input);
  const { stderr } = await child;
  return stderr.split('\n').filter((l) => l.startsWith('EXTRACTION ')).length;
}

describe('the CLI loads the extractor only for extract', () => {
  it('sitrep --help and sitrep reextract --help load no module of libs/extraction', async () => {
    requireBuiltCli();
    expect(await extractionModulesLoadedBy(['--help'])).toBe(0);
    expect(await extractionModulesLoadedBy(['reextract', '--help'])).toBe(0);
  }, 60_000);

  it('sitrep extract loads it (the hook sees it)', async () => {
    expect(await extractionModulesLoadedBy(['extract', '-'], 'قصف على حلب')).toBeGreaterThan(0);
  }, 60_000);
});
