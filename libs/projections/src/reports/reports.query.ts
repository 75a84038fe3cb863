import { sql } from 'kysely';
import { INCIDENTS_PROJECTION } from '../incidents/incidents.projection.js';
import type { ProjectionDb } from '../runner/projection.js';
import { activeBuild } from '../shared/as-of.js';

export interface ReportListItem {
  id: string;
  status: 'active' | 'retracted';
  source: string | null;
  title: string | null;
  url: string | null;
  language: string | null;
  publishedOn: string | null;
  /** The day the text's relative dates were read against (its publication date, else one it states). */
  referenceDate: string | null;
  /** The first 200 characters of the text. */
  excerpt: string;
  /** Global position of its ReportSubmitted. */
  position: number;
}

export interface ListReportsFilter {
  /** Case-insensitive substring of the outlet. */
  source?: string;
  /** Published on or after / on or before (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Case-insensitive substring of the text or the title. */
  q?: string;
  status?: 'active' | 'retracted';
  limit: number;
  /** Keyset: the last (day, id) of the previous page. */
  after?: { day: string; id: string } | null;
}

export interface ReportListPage {
  items: ReportListItem[];
  next: { day: string; id: string } | null;
}

/** Reports without a publication date sort after every dated one. */
const UNDATED = '0000-00-00';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Reports as the incidents projection knows them (current metadata, retraction
 * state), newest publication first, keyset-paginated on (published day, id):
 *
 *   SELECT r.*, e.data->>'text' FROM projection_reports r JOIN events e ON e.position = r.submitted_at
 *   WHERE r.projection = 'incidents' AND r.build = <active> [AND filters]
 *     AND (coalesce(r.published_on, '0000-00-00'), r.report_id) < ($day, $id)
 *   ORDER BY 1 DESC, r.report_id DESC LIMIT $limit + 1
 *
 * `q` scans the texts of the reports that pass the other filters (one row per report, not per event).
 */
export async function listReports(db: ProjectionDb, f: ListReportsFilter): Promise<ReportListPage> {
  const day = sql<string>`coalesce(r.published_on, ${UNDATED})`;
  const rows = await db
    .selectFrom('projection_reports as r')
    .innerJoin(sql<{ position: string; data: unknown }>`events`.as('e'), (j) => j.on(sql<boolean>`e.position = r.submitted_at`))
    .select([
      'r.report_id',
      'r.source',
      'r.title',
      'r.url',
      'r.language',
      'r.published_on',
      'r.reference_date',
      'r.retracted_at',
      'r.submitted_at',
      day.as('day'),
      sql<string>`left(e.data->>'text', 200)`.as('excerpt'),
    ])
    .where('r.projection', '=', INCIDENTS_PROJECTION)
    .where('r.build', '=', activeBuild(INCIDENTS_PROJECTION))
    .$if(!!f.source, (q) => q.where(sql<boolean>`r.source ILIKE ${`%${escapeLike(f.source!)}%`}`))
    .$if(!!f.from, (q) => q.where('r.published_on', '>=', f.from!))
    .$if(!!f.to, (q) => q.where('r.published_on', '<=', f.to!))
    .$if(f.status === 'active', (q) => q.where('r.retracted_at', 'is', null))
    .$if(f.status === 'retracted', (q) => q.where('r.retracted_at', 'is not', null))
    .$if(!!f.q, (q) =>
      q.where(sql<boolean>`(e.data->>'text' ILIKE ${`%${escapeLike(f.q!)}%`} OR r.title ILIKE ${`%${escapeLike(f.q!)}%`})`),
    )
    .$if(!!f.after, (q) => q.where(sql<boolean>`(${day}, r.report_id) < (${f.after!.day}, ${f.after!.id})`))
    .orderBy(day, 'desc')
    .orderBy('r.report_id', 'desc')
    .limit(f.limit + 1)
    .execute();
  const items = rows.slice(0, f.limit).map((r): ReportListItem => ({
    id: r.report_id,
    status: r.retracted_at === null ? 'active' : 'retracted',
    source: r.source,
    title: r.title,
    url: r.url,
    language: r.language,
    publishedOn: r.published_on,
    referenceDate: r.reference_date,
    excerpt: r.excerpt ?? '',
    position: Number(r.submitted_at),
  }));
  const last = rows[f.limit - 1];
  return { items, next: rows.length > f.limit && last ? { day: last.day, id: last.report_id } : null };
}
