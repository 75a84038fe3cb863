/**
 * A small structural validator for event payloads: what may be appended is
 * checked against a schema per event type before it reaches the store (the
 * store keeps history forever, so a malformed event is a permanent defect).
 *
 * ```ts
 * const Point = object({ lat: number({ min: -90, max: 90 }), name: nullable(string({ max: 100 })) });
 * check(Point, { lat: 91, name: null }); // → '$.lat: must be at most 90'
 * ```
 */
export type Schema = (value: unknown, path: string) => string | null;

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** The first violation as `path: reason`, or null when the value conforms. */
export const check = (schema: Schema, value: unknown): string | null => schema(value, '$');

export const string =
  (o: { min?: number; max?: number; pattern?: RegExp } = {}): Schema =>
  (v, p) => {
    if (typeof v !== 'string') return `${p}: must be a string, got ${kind(v)}`;
    if (o.min !== undefined && v.length < o.min) return `${p}: must have at least ${o.min} characters`;
    if (o.max !== undefined && v.length > o.max) return `${p}: must have at most ${o.max} characters`;
    if (o.pattern && !o.pattern.test(v)) return `${p}: must match ${o.pattern}`;
    return null;
  };

export const number =
  (o: { min?: number; max?: number; integer?: boolean } = {}): Schema =>
  (v, p) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return `${p}: must be a finite number, got ${kind(v)}`;
    if (o.integer && !Number.isSafeInteger(v)) return `${p}: must be a safe integer`;
    if (o.min !== undefined && v < o.min) return `${p}: must be at least ${o.min}`;
    if (o.max !== undefined && v > o.max) return `${p}: must be at most ${o.max}`;
    return null;
  };

export const integer = (o: { min?: number; max?: number } = {}): Schema => number({ ...o, integer: true });

export const boolean = (): Schema => (v, p) => (typeof v === 'boolean' ? null : `${p}: must be a boolean, got ${kind(v)}`);

export const oneOf =
  (values: readonly (string | number | boolean | null)[]): Schema =>
  (v, p) =>
    values.includes(v as string) ? null : `${p}: must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`;

export const nullable =
  (schema: Schema): Schema =>
  (v, p) =>
    v === null ? null : schema(v, p);

/** A field that may be absent (undefined) — only for optional fields of the public record. */
export const optional =
  (schema: Schema): Schema =>
  (v, p) =>
    v === undefined ? null : schema(v, p);

export const array =
  (item: Schema, o: { max?: number } = {}): Schema =>
  (v, p) => {
    if (!Array.isArray(v)) return `${p}: must be an array, got ${kind(v)}`;
    if (o.max !== undefined && v.length > o.max) return `${p}: must have at most ${o.max} items`;
    for (let i = 0; i < v.length; i++) {
      const e = item(v[i], `${p}[${i}]`);
      if (e) return e;
    }
    return null;
  };

/** An object with exactly these fields (unknown fields are refused: they would be stored forever unchecked). */
export const object =
  (fields: Record<string, Schema>, o: { allowUnknown?: boolean } = {}): Schema =>
  (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${p}: must be an object, got ${kind(v)}`;
    const record = v as Record<string, unknown>;
    for (const [name, schema] of Object.entries(fields)) {
      const e = schema(record[name], `${p}.${name}`);
      if (e) return e;
    }
    if (!o.allowUnknown) {
      const extra = Object.keys(record).filter((k) => !(k in fields));
      if (extra.length) return `${p}: unknown field(s) ${extra.map((k) => JSON.stringify(k)).join(', ')}`;
    }
    return null;
  };

/** Both constraints. */
export const all =
  (...schemas: Schema[]): Schema =>
  (v, p) => {
    for (const s of schemas) {
      const e = s(v, p);
      if (e) return e;
    }
    return null;
  };

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
export const isoDate = (): Schema => string({ pattern: ISO_DATE });
export const isoTimestamp = (): Schema => string({ pattern: ISO_TIMESTAMP });
