import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared dev corpus, beside the repository (read in place, never copied in). */
export const DEV_CORPUS = fileURLToPath(new URL('../../../../shared/corpus/dev/', import.meta.url));

export interface GoldReport {
  file: string;
  text: string;
  publishedOn: string | null;
  outlet: string | null;
  url: string | null;
}

/** The gold files (dev-NN.json): their text and publication date, as a user would post them. */
export async function readDevCorpus(): Promise<GoldReport[]> {
  const files = (await readdir(DEV_CORPUS)).filter((f) => /^dev-\d+\.json$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const d = JSON.parse(await readFile(join(DEV_CORPUS, file), 'utf8')) as Record<string, unknown>;
      return {
        file,
        text: String(d.text),
        publishedOn: typeof d.publishedOn === 'string' ? d.publishedOn : null,
        outlet: typeof d.outlet === 'string' ? d.outlet : null,
        url: typeof d.url === 'string' ? d.url : null,
      };
    }),
  );
}
