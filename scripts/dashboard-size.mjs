// The dashboard's weight as a browser downloads it: JavaScript and CSS of the
// Vite build, each file gzipped (level 9, as a compressing proxy would), fonts,
// images and the basemap aside. Printed by `npm run build:web`, bounded by the browser test.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @returns {Promise<{ raw: number, gzip: number, files: number }>} bytes over dist/web/assets/*.{js,css} */
export async function dashboardSizes(outDir) {
  let raw = 0,
    gzip = 0,
    files = 0;
  for (const f of await readdir(join(outDir, 'assets')).catch(() => [])) {
    if (!/\.(js|css)$/.test(f)) continue;
    const body = await readFile(join(outDir, 'assets', f));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
    files++;
  }
  return { raw, gzip, files };
}
