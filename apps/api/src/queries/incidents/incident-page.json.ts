import type { CasualtyRangeDto, IncidentPageDto, IncidentRowDto, PartyLabelDto, PlaceLabelDto } from './incident.dto.js';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * An incident list page (`GET /incidents`, `GET /locations/:id/incidents`) as the UTF-8 bytes of its JSON, the
 * same bytes as `Buffer.from(JSON.stringify(page))`, for less CPU: the place and party labels (most of a page's
 * 57 KB, and its Arabic names) are shared objects, one per id (incident-rows.ts), so each is stringified and
 * encoded once and its bytes copied into every page that names it. A page written as one string was a two-byte
 * string (the Arabic) that Fastify measured and then encoded whole on every answer.
 *
 * The row's other fields are written in ROW_FIELDS' order, which is the order the rows are built in; the types below
 * fail to compile when IncidentRowDto gains a field ROW_FIELDS does not list, and the e2e
 * (test/api/incident-page-json.e2e-spec.ts) holds the bytes to `JSON.stringify` over the dev corpus.
 */
export function incidentPageJson(page: IncidentPageDto): Buffer {
  const out = new PageWriter();
  out.text('{"items":[');
  page.items.forEach((row, i) => {
    out.text((i > 0 ? ',' : '') + rowFieldsJson(row) + ',"places":[');
    writeLabels(out, row.places);
    out.bytes(PARTY_NAMES);
    writeLabels(out, row.partyNames);
    out.text(`],"casualties":${JSON.stringify(row.casualties satisfies CasualtyRangeDto[])}}`);
  });
  out.text(`],"nextCursor":${JSON.stringify(page.nextCursor)},"asOf":${JSON.stringify(page.asOf)}}`);
  return out.done();
}

/**
 * Writes a page's pieces (each row's own text, the labels' bytes) straight into one scratch buffer and copies the
 * result out once, instead of a Buffer per row and a concatenation of them all. The scratch buffer is the module's,
 * reused page after page (a page is written synchronously, so never by two at once); one grown past
 * SCRATCH_KEPT_BYTES by a very large page is let go after it.
 */
class PageWriter {
  private at = 0;

  text(text: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 unit (a surrogate pair, two units, takes 4).
    this.room(text.length * 3);
    this.at += scratch.write(text, this.at);
  }

  bytes(bytes: Buffer): void {
    this.room(bytes.length);
    scratch.set(bytes, this.at);
    this.at += bytes.length;
  }

  done(): Buffer {
    const page = Buffer.allocUnsafe(this.at);
    scratch.copy(page, 0, 0, this.at);
    if (scratch.length > SCRATCH_KEPT_BYTES) scratch = Buffer.allocUnsafeSlow(SCRATCH_BYTES);
    return page;
  }

  private room(bytes: number): void {
    if (this.at + bytes <= scratch.length) return;
    const larger = Buffer.allocUnsafeSlow(Math.max(scratch.length * 2, this.at + bytes));
    scratch.copy(larger, 0, 0, this.at);
    scratch = larger;
  }
}

/** A default page (50 rows) is ~57 KB. */
const SCRATCH_BYTES = 128 * 1024;
const SCRATCH_KEPT_BYTES = 1024 * 1024;
let scratch = Buffer.allocUnsafeSlow(SCRATCH_BYTES);

/** A row's fields before its labels, in the order the rows are built (IncidentSummaryDto's, then the headline). */
const ROW_FIELDS = [
  'id',
  'kind',
  'types',
  'dateFrom',
  'dateTo',
  'placeIds',
  'parties',
  'eventCount',
  'reportIds',
  'firstEventId',
  'headline',
] as const satisfies readonly (keyof IncidentRowDto)[];
/** Written after ROW_FIELDS, in this order, by incidentPageJson itself. */
type LabelFields = 'places' | 'partyNames' | 'casualties';
/** Compiles only while ROW_FIELDS and LabelFields name every field of a row. */
const EVERY_FIELD_WRITTEN: Exclude<keyof IncidentRowDto, (typeof ROW_FIELDS)[number] | LabelFields> extends never ? true : never = true;
void EVERY_FIELD_WRITTEN;

const FIELD_KEYS = ROW_FIELDS.map((field) => `${JSON.stringify(field)}:`);

/** `{"id":…,…,"headline":…` (no closing brace): the labels follow. */
function rowFieldsJson(row: IncidentRowDto): string {
  let text = '{';
  for (let i = 0; i < ROW_FIELDS.length; i++) {
    const value = row[ROW_FIELDS[i]!];
    // JSON.stringify leaves out an undefined field; so does this.
    if (value !== undefined) text += (text.length > 1 ? ',' : '') + FIELD_KEYS[i]! + JSON.stringify(value);
  }
  return text;
}

const COMMA = Buffer.from(',');
const PARTY_NAMES = Buffer.from('],"partyNames":[');

/** Each label's JSON bytes, made once per label object (the rows share one frozen label per place or party). */
const LABEL_JSON = new WeakMap<object, Buffer>();

function writeLabels(out: PageWriter, labels: readonly (PlaceLabelDto | PartyLabelDto)[]): void {
  labels.forEach((label, i) => {
    if (i > 0) out.bytes(COMMA);
    let json = LABEL_JSON.get(label);
    if (json === undefined) LABEL_JSON.set(label, (json = Buffer.from(JSON.stringify(label))));
    out.bytes(json);
  });
}
