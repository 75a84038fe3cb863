import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  ms: number;
}

/** No answer at all: connection refused or reset (the server was killed), or our own timeout. */
export interface HttpFailure {
  status: 0;
  error: string;
  ms: number;
}

export type HttpResult = HttpAnswer | HttpFailure;

export interface HttpRequest {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  /** Sent as is: a Buffer lets a test send bytes that are not valid UTF-8. */
  body?: string | Buffer;
  /** Whole exchange, default 15 s; a hang is reported as a failure with error "timeout". */
  timeoutMs?: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** One HTTP exchange on 127.0.0.1, never throws: a dead server or a hang is an HttpFailure. */
export function http(port: number, req: HttpRequest): Promise<HttpResult> {
  const started = performance.now();
  const timeoutMs = req.timeoutMs ?? 15_000;
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: HttpResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body, 'utf8');
    const headers: Record<string, string | number> = { ...(req.headers ?? {}) };
    if (body && headers['content-length'] === undefined) headers['content-length'] = body.length;
    const r = httpRequest({ host: '127.0.0.1', port, method: req.method ?? 'GET', path: req.path, headers, agent }, (res) => {
      // A live stream (SSE) never ends: its headers are the answer.
      if (String(res.headers['content-type'] ?? '').startsWith('text/event-stream')) {
        done({ status: res.statusCode ?? 0, headers: res.headers, body: '', ms: performance.now() - started });
        r.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          ms: performance.now() - started,
        }),
      );
      res.on('error', (e) => done({ status: 0, error: e.message, ms: performance.now() - started }));
    });
    const timer = setTimeout(() => {
      r.destroy(new Error('timeout'));
      done({ status: 0, error: 'timeout', ms: performance.now() - started });
    }, timeoutMs);
    r.on('error', (e: NodeJS.ErrnoException) => done({ status: 0, error: e.code ?? e.message, ms: performance.now() - started }));
    if (body) r.end(body);
    else r.end();
  });
}

export const isAnswer = (r: HttpResult): r is HttpAnswer => !('error' in r);

export function json<T = unknown>(r: HttpResult): T | null {
  if (!isAnswer(r)) return null;
  try {
    return JSON.parse(r.body) as T;
  } catch {
    return null;
  }
}

export const postJson = (port: number, path: string, value: unknown, headers: Record<string, string> = {}, timeoutMs?: number) =>
  http(port, { method: 'POST', path, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value), timeoutMs });
