import { isAnswer, type HttpRequest, type HttpResult } from '../harness/http.js';

/**
 * The bad-input matrix: every request here is wrong in some way, and every one
 * must get a 4xx application/problem+json answer (a few may instead get a 2xx
 * that reveals nothing, e.g. a free-text search for "' OR 1=1 --" that finds
 * nothing), never a 5xx, never a hang, and never a write.
 */
export interface BadInput {
  /** What is attacked and how, e.g. `POST /reports json:nested-100k`. */
  name: string;
  request: HttpRequest;
  /**
   * `4xx`: only a client error is right. `4xx-or-2xx`: a harmless 2xx is right too (free-text parameters, capped limits).
   * `4xx-or-closed`: a body over the server's body limit, which the server may also refuse by closing the
   * connection while the client is still uploading (RFC 9110 allows it; the 413 then races the client's EPIPE).
   */
  accept: '4xx' | '4xx-or-2xx' | '4xx-or-closed';
}

export interface RouteSpec {
  method: string;
  /** OpenAPI template, e.g. `/reports/{id}`. */
  path: string;
  query: Array<{ name: string; type: string }>;
  pathParams: string[];
  admin: boolean;
}

const json = (body: string | Buffer, type = 'application/json'): Pick<HttpRequest, 'headers' | 'body'> => ({
  headers: { 'content-type': type },
  body,
});
const MiB = 1024 * 1024;

/** Bodies of POST /reports (JSON and text/plain) and POST /reports/batch. */
export function bodyAttacks(): BadInput[] {
  const cases: Array<[string, Pick<HttpRequest, 'headers' | 'body'>]> = [];
  const add = (name: string, r: Pick<HttpRequest, 'headers' | 'body'>) => cases.push([name, r]);

  // empty and blank
  add('json:empty', json(''));
  add('json:blank', json(' \n\t '));
  add('no-content-type:empty', { body: '' });
  add('no-content-type:json', { body: '{"text":"قصف"}' });
  add('text:empty', json('', 'text/plain'));
  add('text:blank', json(' \u00a0\n\t\u2003', 'text/plain'));
  add('json:text-empty', json('{"text":""}'));
  add('json:text-blank', json('{"text":"   \\n\\t  "}'));
  add('json:text-missing', json('{"source":"x"}'));
  add('json:text-null', json('{"text":null}'));

  // malformed JSON
  for (const [n, b] of [
    ['open-brace', '{'],
    ['missing-value', '{"text":}'],
    ['single-quotes', "{'text':'x'}"],
    ['trailing-comma', '{"text":"x",}'],
    ['unterminated-string', '{"text":"x'],
    ['bare-word', 'text'],
    ['nan', '{"text":NaN}'],
    ['comment', '{"text":"x" /* c */}'],
    ['two-documents', '{"text":"x"}{"text":"y"}'],
    ['bad-escape', '{"text":"\\x41"}'],
    ['raw-control-char', '{"text":"a\u0001b"}'],
    ['bom-then-garbage', '\ufeff{'],
    ['only-bracket', ']'],
  ] as const)
    add(`json:malformed-${n}`, json(b));

  // valid JSON of the wrong shape
  for (const [n, b] of [
    ['null', 'null'],
    ['array', '[{"text":"x"}]'],
    ['string', '"قصف مدفعي"'],
    ['number', '42'],
    ['true', 'true'],
    ['text-number', '{"text":123}'],
    ['text-array', '{"text":["a"]}'],
    ['text-object', '{"text":{"$ne":null}}'],
    ['text-bool', '{"text":true}'],
    ['source-number', '{"text":"قصف","source":7}'],
    ['published-number', '{"text":"قصف","publishedOn":20220914}'],
    ['unknown-field', '{"text":"قصف","admin":true}'],
    ['proto-pollution', '{"text":"قصف","__proto__":{"polluted":true}}'],
    ['constructor', '{"text":"قصف","constructor":{"prototype":{"polluted":true}}}'],
    ['url-javascript', '{"text":"قصف","url":"javascript:alert(1)"}'],
    ['url-file', '{"text":"قصف","url":"file:///etc/passwd"}'],
    ['url-relative', '{"text":"قصف","url":"/reports"}'],
    ['language-sql', `{"text":"قصف","language":"ar'; DROP TABLE events; --"}`],
    ['language-script', '{"text":"قصف","language":"<script>alert(1)</script>"}'],
    ['source-too-long', JSON.stringify({ text: 'قصف', source: 's'.repeat(5000) })],
    ['title-too-long', JSON.stringify({ text: 'قصف', title: 't'.repeat(100_000) })],
    // Valid input whose extraction is not storable (one event with more figures than the schemas allow): refused by
    // the event schemas, 422. (Figures beyond an exact count no longer get here: the extractor does not read them.)
    ['figure-flood', JSON.stringify({ text: 'قتل ٣ '.repeat(2_000) })],
  ] as const)
    add(`json:shape-${n}`, json(b));

  // dates that are not calendar dates
  for (const d of [
    '2022-02-30',
    '2022-13-01',
    '2022-00-10',
    '22-09-14',
    '2022-9-14',
    'yesterday',
    '2022-09-14T00:00:00Z',
    '0000-01-01',
    '+002022-09-14',
    '٢٠٢٢-٠٩-١٤',
    "2022-09-14' OR '1'='1",
    '9999999999-01-01',
  ])
    add(`json:date-${d}`, json(JSON.stringify({ text: 'قصف مدفعي على جرموك', publishedOn: d })));

  // NUL bytes and invalid Unicode
  add('json:nul-escaped', json('{"text":"a\\u0000b"}'));
  add('json:nul-raw', json(Buffer.from('{"text":"a\u0000b"}', 'utf8')));
  add('json:nul-in-source', json('{"text":"قصف","source":"a\\u0000"}'));
  add('json:lone-surrogate', json('{"text":"a\\ud800b"}'));
  add('json:lone-low-surrogate', json('{"text":"\\udc00"}'));
  add('text:nul-raw', json(Buffer.from('قصف\u0000مدفعي', 'utf8'), 'text/plain'));
  for (const [n, bytes] of [
    ['ff', [0xff, 0xfe]],
    ['lone-continuation', [0x80]],
    ['overlong-slash', [0xc0, 0xaf]],
    ['truncated-3byte', [0xe2, 0x82]],
    ['utf8-surrogate', [0xed, 0xa0, 0x80]],
    ['above-max', [0xf4, 0x90, 0x80, 0x80]],
    ['latin1', [0xe9]],
  ] as const) {
    const bad = Buffer.from(bytes);
    add(`json:utf8-${n}`, json(Buffer.concat([Buffer.from('{"text":"قصف '), bad, Buffer.from('"}')])));
    add(`text:utf8-${n}`, json(Buffer.concat([Buffer.from('قصف '), bad]), 'text/plain'));
  }
  add('json:utf16-body', json(Buffer.from('{"text":"قصف"}', 'utf16le')));

  // deep nesting and very many fields
  add('json:nested-arrays-100k', json(`{"text":"x","n":${'['.repeat(100_000)}${']'.repeat(100_000)}}`));
  add('json:nested-objects-10k', json(`{"text":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`));
  add('json:nested-unclosed-1m', json('['.repeat(1_000_000)));
  const many: Record<string, number | string> = { text: 'قصف مدفعي' };
  for (let i = 0; i < 10_000; i++) many[`f${i}`] = i;
  add('json:10k-fields', json(JSON.stringify(many)));
  add('json:10k-duplicate-keys', json(`{${Array.from({ length: 10_000 }, (_, i) => `"text":"${i}"`).join(',')},"text":""}`));
  add('json:array-1m', json(`{"text":"x","a":[${'0,'.repeat(1_000_000)}0]}`));

  // huge
  add('json:text-over-1MiB', json(JSON.stringify({ text: 'ق'.repeat(MiB / 2 + 10) })));
  add('text:over-1MiB', json('a'.repeat(MiB + 1), 'text/plain'));
  add('json:body-over-limit', json(`{"text":"${'a'.repeat(9 * MiB)}"}`));
  add('json:escapes-over-limit', json(`{"text":"${'\\u0642'.repeat(1_600_000)}"}`));

  // wrong content types
  for (const t of [
    'text/html',
    'application/xml',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/octet-stream',
    'image/png',
    'application/jsonx',
    'json',
    'application/json, text/plain',
    '*/*',
    '',
  ])
    add(`content-type:${t || 'blank'}`, json('{"text":"قصف مدفعي"}', t));
  add('content-type:form-with-text', json('text=%D9%82%D8%B5%D9%81', 'application/x-www-form-urlencoded'));
  add(
    'content-type:json-charset-latin1',
    json(Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]), 'application/json; charset=latin1'),
  );

  const overBodyLimit = (body: HttpRequest['body']) => (typeof body === 'string' ? Buffer.byteLength(body) : (body?.length ?? 0)) > 8 * MiB;
  const out: BadInput[] = cases.map(([name, r]) => ({
    name: `POST /reports ${name}`,
    request: { method: 'POST', path: '/reports', ...r, timeoutMs: 30_000 },
    accept: overBodyLimit(r.body) ? '4xx-or-closed' : '4xx',
  }));

  // text/plain metadata in query parameters
  for (const [n, q] of [
    ['text-param', 'text=x'],
    ['date', 'publishedOn=2022-02-30'],
    ['repeated', 'source=a&source=b'],
    ['unknown', 'admin=1'],
    ['sql', `language=${encodeURIComponent("ar' OR 1=1 --")}`],
    ['script', `url=${encodeURIComponent('javascript:alert(1)')}`],
    ['nul', 'source=%00'],
    ['bracket-array', 'source[]=a'],
    ['bracket-object', 'source[a]=b'],
  ] as const)
    out.push({
      name: `POST /reports text:query-${n}`,
      request: { method: 'POST', path: `/reports?${q}`, headers: { 'content-type': 'text/plain' }, body: 'قصف مدفعي على جرموك' },
      accept: '4xx',
    });

  // the batch endpoint: the media type is checked up front; per-line errors are answered in the 200 stream (see judgeBatch)
  for (const t of ['application/json', 'text/plain', '', 'multipart/form-data; boundary=x'])
    out.push({
      name: `POST /reports/batch content-type:${t || 'blank'}`,
      request: { method: 'POST', path: '/reports/batch', ...json('{"text":"x"}\n', t) },
      accept: '4xx',
    });
  return out;
}

/** Lines of a batch that must each come back with a 4xx line status; nothing of it may be written. */
export function badBatchLines(): Buffer {
  const lines: Array<string | Buffer> = [
    '{',
    '{"text":""}',
    '{"text":"قصف","publishedOn":"2022-02-30"}',
    '{"text":"a\\u0000"}',
    Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]),
    '[]',
    '"text"',
    '{"text":"قصف","admin":1}',
    `{"text":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
    JSON.stringify({ text: 'x'.repeat(MiB + 1) }),
  ];
  return Buffer.concat(lines.flatMap((l) => [Buffer.isBuffer(l) ? l : Buffer.from(l), Buffer.from('\n')]));
}

/** Values for query and path parameters: SQL, script, traversal, numbers out of range, encodings. */
export const PARAMETER_PAYLOADS: Array<{ name: string; value: string; numericLike?: 'huge' | 'absent' }> = [
  { name: 'sql-or', value: "' OR '1'='1" },
  { name: 'sql-comment', value: "1' --" },
  { name: 'sql-union', value: '1 UNION SELECT password FROM pg_shadow' },
  { name: 'sql-stacked', value: '1; DROP TABLE events; --' },
  { name: 'sql-sleep', value: "1' AND pg_sleep(5) --" },
  { name: 'sql-dollar', value: '$$; DELETE FROM events; $$' },
  { name: 'script', value: '<script>alert(1)</script>' },
  { name: 'script-attr', value: '"><img src=x onerror=alert(1)>' },
  { name: 'traversal', value: '../../../../etc/passwd' },
  { name: 'negative', value: '-1' },
  { name: 'negative-big', value: '-99999999999999999999' },
  { name: 'huge', value: '99999999999999999999999', numericLike: 'huge' },
  { name: 'max-safe-plus', value: '9007199254740993', numericLike: 'huge' },
  { name: 'float', value: '1.5' },
  { name: 'exp', value: '1e309' },
  { name: 'hex', value: '0x10' },
  { name: 'nan', value: 'NaN' },
  { name: 'infinity', value: 'Infinity' },
  // `?limit=` may be read as absent.
  { name: 'empty', value: '', numericLike: 'absent' },
  { name: 'space', value: ' ' },
  { name: 'nul', value: '\u0000' },
  { name: 'long', value: 'a'.repeat(10_000) },
  { name: 'json-operator', value: '{"$gt":""}' },
  { name: 'arabic-digits', value: '١٢٣' },
  { name: 'crlf', value: 'a\r\nX-Injected: 1' },
];

const enc = (v: string) => encodeURIComponent(v);

/** Every query parameter of every GET route, with every payload; plus repeated and bracketed keys. */
export function queryAttacks(routes: RouteSpec[], fillPath: (r: RouteSpec) => string): BadInput[] {
  const out: BadInput[] = [];
  for (const route of routes) {
    if (route.method !== 'GET') continue;
    const base = fillPath(route);
    for (const q of route.query) {
      const numeric = q.type === 'integer' || q.type === 'number' || /^(limit|after|from|to|waitFor|cursor|position|offset)$/.test(q.name);
      for (const p of PARAMETER_PAYLOADS) {
        // A free-text parameter may answer 2xx with nothing found; a capped limit may answer 2xx.
        const accept = !numeric || p.numericLike ? '4xx-or-2xx' : '4xx';
        out.push({ name: `GET ${route.path} ?${q.name}=${p.name}`, request: { path: `${base}?${q.name}=${enc(p.value)}` }, accept });
      }
      out.push({
        name: `GET ${route.path} ?${q.name} repeated`,
        request: { path: `${base}?${q.name}=1&${q.name}=2` },
        accept: numeric ? '4xx' : '4xx-or-2xx',
      });
      // fastify does not expand brackets: `limit[$ne]` is just an unknown parameter, and unknown parameters are ignored.
      out.push({ name: `GET ${route.path} ?${q.name}[$ne]`, request: { path: `${base}?${q.name}[$ne]=1` }, accept: '4xx-or-2xx' });
      out.push({
        name: `GET ${route.path} ?${q.name}=%ff`,
        request: { path: `${base}?${q.name}=%ff%fe` },
        accept: numeric ? '4xx' : '4xx-or-2xx',
      });
    }
  }
  return out;
}

/** Every path parameter of every GET route with every payload (nothing may be found, so always 4xx). */
export function pathAttacks(routes: RouteSpec[], fillPath: (r: RouteSpec, override?: Record<string, string>) => string): BadInput[] {
  const out: BadInput[] = [];
  for (const route of routes) {
    if (route.method !== 'GET' || route.pathParams.length === 0) continue;
    for (const param of route.pathParams) {
      for (const p of PARAMETER_PAYLOADS) {
        if (p.value === '') continue; // an empty segment is another route
        out.push({
          name: `GET ${route.path} {${param}}=${p.name}`,
          request: { path: fillPath(route, { [param]: enc(p.value) }) },
          accept: '4xx',
        });
      }
    }
  }
  return out;
}

/** Headers that reach parsing code: Last-Event-ID of the SSE endpoint, X-Request-Id, Accept. */
export function headerAttacks(): BadInput[] {
  const out: BadInput[] = [];
  for (const p of PARAMETER_PAYLOADS) {
    if (/[\r\n]/.test(p.value) || p.value.includes('\u0000') || p.numericLike) continue; // not sendable as a header / possibly valid
    if (p.value.trim() === '') continue; // an empty Last-Event-ID means "from the start"
    out.push({
      name: `GET /events/stream Last-Event-ID=${p.name}`,
      request: { path: '/events/stream', headers: { 'last-event-id': p.value }, timeoutMs: 5_000 },
      accept: '4xx',
    });
  }
  return out;
}

/** Unknown routes and methods. */
export function routeAttacks(): BadInput[] {
  return [
    // GET /reports is the list of reports since issue 13 (item 13): an unknown path below it instead.
    { method: 'GET', path: '/reports/x/y' },
    { method: 'PUT', path: '/reports' },
    { method: 'DELETE', path: '/reports/x' },
    { method: 'PATCH', path: '/events' },
    { method: 'GET', path: '/.env' },
    { method: 'GET', path: '/%2e%2e/%2e%2e/etc/passwd' },
    { method: 'GET', path: '/reports/..%2f..%2fetc%2fpasswd' },
    { method: 'POST', path: '/events' },
    { method: 'TRACE', path: '/' },
  ].map((r) => ({ name: `${r.method} ${r.path}`, request: r, accept: '4xx' as const }));
}

const SECURITY_HEADERS = ['x-content-type-options', 'content-security-policy', 'x-frame-options', 'referrer-policy'];
const LEAKS = [
  /\n\s+at .*(\(|:\d+:\d+)/, // a stack frame
  /node_modules|\/work\/|file:\/\//,
  /syntax error at or near|relation "|violates .* constraint|PostgresError|ECONNREFUSED/i,
  /\bSELECT\b[^"\n]{0,80}?\bFROM\b|\bINSERT INTO\b|\bDELETE FROM\b/, // SQL text
];

export type Verdict = { handled: true; kind: '4xx' | '2xx' } | { handled: false; reason: string };

/** Decides whether one answer is right for a bad input. */
export function judge(input: BadInput, result: HttpResult): Verdict {
  if (!isAnswer(result)) {
    if (input.accept === '4xx-or-closed' && /EPIPE|ECONNRESET/.test(result.error)) return { handled: true, kind: '4xx' };
    return { handled: false, reason: `no answer (${result.error}) after ${Math.round(result.ms)} ms` };
  }
  const { status, headers, body } = result;
  if (status >= 500) return { handled: false, reason: `${status}: ${body.slice(0, 200)}` };
  const missing = SECURITY_HEADERS.filter((h) => headers[h] === undefined);
  if (missing.length) return { handled: false, reason: `${status} without ${missing.join(', ')}` };
  if (status >= 200 && status < 300) {
    if (input.accept !== '4xx-or-2xx') return { handled: false, reason: `accepted with ${status}: ${body.slice(0, 200)}` };
    if (/\n\s+at .*:\d+:\d+/.test(body)) return { handled: false, reason: `${status} with a stack trace` };
    return { handled: true, kind: '2xx' };
  }
  if (status < 400) return { handled: false, reason: `unexpected ${status}` };
  if (!String(headers['content-type'] ?? '').startsWith('application/problem+json')) {
    return { handled: false, reason: `${status} as ${headers['content-type'] ?? 'no content-type'}, not problem+json` };
  }
  let problem: { status?: unknown; code?: unknown };
  try {
    problem = JSON.parse(body) as typeof problem;
  } catch {
    return { handled: false, reason: `${status} problem body is not JSON` };
  }
  if (problem.status !== status || typeof problem.code !== 'string')
    return { handled: false, reason: `${status} problem without matching status/code: ${body.slice(0, 200)}` };
  // The problem's detail may quote the input, so only look for leaks outside what we sent.
  const sent = [
    typeof input.request.body === 'string' ? input.request.body : '',
    ...Object.values(input.request.headers ?? {}).map(String),
  ].join('\n');
  for (const leak of LEAKS) {
    const m = leak.exec(body);
    if (m && !sent.includes(m[0]) && !safeDecode(input.request.path).includes(m[0])) {
      return { handled: false, reason: `${status} body leaks ${JSON.stringify(m[0].slice(0, 80))}` };
    }
  }
  return { handled: true, kind: '4xx' };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Routes from the app's OpenAPI document (/docs/openapi.json). */
export function routesFromOpenApi(doc: {
  paths?: Record<
    string,
    Record<string, { parameters?: Array<{ name: string; in: string; schema?: { type?: string } }>; security?: unknown[] }>
  >;
}): RouteSpec[] {
  const routes: RouteSpec[] = [];
  for (const [path, methods] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const params = op.parameters ?? [];
      routes.push({
        method: method.toUpperCase(),
        path,
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, type: p.schema?.type ?? 'string' })),
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        admin: Array.isArray(op.security) && op.security.some((s) => s && typeof s === 'object' && 'admin' in s),
      });
    }
  }
  return routes;
}
