import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * curl and many scripts send a query such as `?location=جرموك` as raw UTF-8
 * bytes; Node's HTTP parser refuses any byte above 0x7F in a URL with a bare
 * 400 before fastify or Nest see the request. Browsers percent-encode those
 * bytes themselves, so doing the same here, before the parser, gives both
 * clients the same answer.
 *
 * The rewriter follows HTTP/1.1 framing (heads, Content-Length and chunked
 * bodies) so that only request lines are touched, never a body (Arabic JSON).
 * On anything it does not understand (an upgrade, an over-long head, a bad
 * chunk size) it steps aside for good and lets Node's parser judge the bytes.
 */
export class RequestLineRewriter {
  private mode: 'head' | 'body' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'passthrough' = 'head';
  private pending: Buffer = Buffer.alloc(0);
  private remaining = 0;

  static readonly MAX_HEAD_BYTES = 64 * 1024;

  /** Bytes as received → bytes to hand to the HTTP parser. */
  transform(chunk: Buffer): Buffer {
    const out: Buffer[] = [];
    let data = chunk;
    while (data.length > 0 && this.mode !== 'passthrough') data = this.step(data, out);
    if (this.mode === 'passthrough' && data.length > 0) out.push(data);
    return out.length === 1 ? out[0]! : Buffer.concat(out);
  }

  private step(data: Buffer, out: Buffer[]): Buffer {
    switch (this.mode) {
      case 'head':
        return this.takeHead(data, out);
      case 'body':
      case 'chunk-data':
      case 'chunk-end':
        return this.takeCounted(data, out);
      case 'chunk-size':
      case 'trailers':
        return this.takeLine(data, out);
      case 'passthrough':
        return data;
    }
  }

  private takeHead(data: Buffer, out: Buffer[]): Buffer {
    const joined = this.pending.length ? Buffer.concat([this.pending, data]) : data;
    const end = joined.indexOf('\r\n\r\n');
    if (end < 0) {
      if (joined.length > RequestLineRewriter.MAX_HEAD_BYTES) return this.stepAside(joined, out);
      this.pending = joined;
      return Buffer.alloc(0);
    }
    this.pending = Buffer.alloc(0);
    const head = joined.subarray(0, end + 4);
    out.push(encodeRequestLine(head));
    this.planBody(head.toString('latin1'));
    return joined.subarray(end + 4);
  }

  private planBody(head: string): void {
    const lines = head.split('\r\n');
    const header = (name: string) =>
      lines
        .slice(1)
        .filter((l) => l.slice(0, l.indexOf(':')).trim().toLowerCase() === name)
        .map((l) => l.slice(l.indexOf(':') + 1).trim());
    if (/^CONNECT /i.test(lines[0] ?? '') || header('upgrade').length > 0) {
      this.mode = 'passthrough';
      return;
    }
    const te = header('transfer-encoding').join(',').toLowerCase();
    const cl = header('content-length');
    if (te.includes('chunked')) this.mode = 'chunk-size';
    else if (te !== '' || cl.length > 1 || (cl.length === 1 && !/^\d{1,15}$/.test(cl[0]!))) this.mode = 'passthrough';
    else if (cl.length === 1 && Number(cl[0]) > 0) {
      this.mode = 'body';
      this.remaining = Number(cl[0]);
    } else this.mode = 'head';
  }

  private takeCounted(data: Buffer, out: Buffer[]): Buffer {
    const n = Math.min(this.remaining, data.length);
    out.push(data.subarray(0, n));
    this.remaining -= n;
    if (this.remaining === 0) {
      if (this.mode === 'body') this.mode = 'head';
      else if (this.mode === 'chunk-data') {
        this.mode = 'chunk-end';
        this.remaining = 2;
      } else this.mode = 'chunk-size';
    }
    return data.subarray(n);
  }

  /** A chunk-size line, or a trailer line (an empty one ends the request). */
  private takeLine(data: Buffer, out: Buffer[]): Buffer {
    const joined = this.pending.length ? Buffer.concat([this.pending, data]) : data;
    const end = joined.indexOf('\r\n');
    if (end < 0) {
      if (joined.length > 4096) return this.stepAside(joined, out);
      this.pending = joined;
      return Buffer.alloc(0);
    }
    this.pending = Buffer.alloc(0);
    const line = joined.subarray(0, end).toString('latin1');
    out.push(joined.subarray(0, end + 2));
    if (this.mode === 'trailers') {
      if (line === '') this.mode = 'head';
    } else {
      const size = line.split(';')[0]!.trim();
      if (!/^[0-9a-fA-F]{1,12}$/.test(size)) return this.stepAside(joined.subarray(end + 2), out);
      this.remaining = parseInt(size, 16);
      this.mode = this.remaining === 0 ? 'trailers' : 'chunk-data';
    }
    return joined.subarray(end + 2);
  }

  private stepAside(rest: Buffer, out: Buffer[]): Buffer {
    out.push(rest);
    this.pending = Buffer.alloc(0);
    this.mode = 'passthrough';
    return Buffer.alloc(0);
  }
}

/** Percent-encodes the bytes above 0x7F of the first line of a request head. */
export function encodeRequestLine(head: Buffer): Buffer {
  const eol = head.indexOf('\r\n');
  const line = head.subarray(0, eol < 0 ? head.length : eol);
  if (!line.some((b) => b > 0x7f)) return head;
  let encoded = '';
  for (const b of line) encoded += b > 0x7f ? `%${b.toString(16).toUpperCase()}` : String.fromCharCode(b);
  return Buffer.concat([Buffer.from(encoded, 'latin1'), head.subarray(line.length)]);
}

/**
 * Puts a RequestLineRewriter in front of every connection's HTTP parser. Node
 * hands a plain TCP socket's bytes straight to its native parser ("consume"),
 * bypassing JavaScript; marking the handle as already consumed keeps the bytes
 * on the socket's ordinary `push` path, where they are rewritten. The e2e test
 * (test/http/raw-utf8-query.e2e-spec.ts) fails if a Node upgrade changes that path.
 */
export function acceptRawUtf8Urls(server: Server): void {
  server.prependListener('connection', (socket: Socket) => {
    const handle = (socket as unknown as { _handle?: { _consumed?: boolean } })._handle;
    if (!handle) return;
    handle._consumed = true;
    const rewriter = new RequestLineRewriter();
    const push = socket.push.bind(socket);
    socket.push = (chunk: unknown, encoding?: BufferEncoding) =>
      push(Buffer.isBuffer(chunk) && chunk.length > 0 ? rewriter.transform(chunk) : chunk, encoding);
  });
}
