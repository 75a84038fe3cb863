import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../reports/support/reports-app.js';

/** The columns as the README and issue 15 list them, written out here so that a change to the code cannot move them unnoticed. */
export const DOCUMENTED_ACLED_COLUMNS =
  'event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, iso, region, country, admin1, admin2, admin3, location, latitude, longitude, geo_precision, source, source_scale, notes, fatalities, tags, timestamp'.split(
    ', ',
  );
export const DOCUMENTED_GED_COLUMNS =
  'id, year, type_of_violence, dyad_name, side_a, side_b, source_article, source_office, source_date, where_prec, latitude, longitude, country, region, date_prec, date_start, date_end, deaths_a, deaths_b, deaths_civilians, deaths_unknown, low, best, high'.split(
    ', ',
  );

export interface CorpusReport {
  file: string;
  text: string;
  publishedOn: string;
  outlet: string;
}

/** Every gold file of the dev corpus (dev-*.json and seed-*.json), each with its text and publication date. */
export function loadCorpus(): CorpusReport[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const r = JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as { text: string; publishedOn: string; outlet: string };
      return { file, text: r.text, publishedOn: r.publishedOn, outlet: r.outlet };
    });
}

/** Posts the corpus through HTTP as a user would; answers each file's report id and the highest position written. */
export async function postCorpus(app: NestFastifyApplication): Promise<{ reportIds: Map<string, string>; head: number }> {
  const reportIds = new Map<string, string>();
  let head = 0;
  for (const r of loadCorpus()) {
    const res = await app.inject({
      method: 'POST',
      url: '/reports',
      payload: { text: r.text, publishedOn: r.publishedOn, source: r.outlet },
    });
    if (res.statusCode !== 201) throw new Error(`POST ${r.file}: ${res.statusCode} ${res.body}`);
    const body = res.json() as { id: string; position: number };
    reportIds.set(r.file, body.id);
    head = Math.max(head, body.position);
  }
  return { reportIds, head };
}

/** RFC 4180 parse (csv-parse): the header row and the records as objects keyed by it. */
export function parseCsv(body: string): { header: string[]; rows: Record<string, string>[] } {
  const records = parse(body, { bom: true, relax_column_count: false }) as string[][];
  const [header, ...data] = records;
  return { header: header!, rows: data.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))) };
}
