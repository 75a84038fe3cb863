/** A minimal SSE reader over fetch: enough to assert frames, ids and comments as a browser's EventSource would see them. */
export interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
  comments: string[];
  retry?: number;
}

export class SseClient {
  private buffer = '';
  private readonly frames: SseFrame[] = [];
  private waiter: (() => void) | undefined;
  private closed = false;
  readonly controller = new AbortController();
  status = 0;
  headers = new Headers();

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const client = new SseClient();
    const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: client.controller.signal });
    client.status = res.status;
    client.headers = res.headers;
    void client.pump(res);
    return client;
  }

  private async pump(res: Response) {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        this.buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          this.frames.push(parse(this.buffer.slice(0, end)));
          this.buffer = this.buffer.slice(end + 2);
        }
        this.waiter?.();
      }
    } catch {
      // aborted
    } finally {
      this.closed = true;
      this.waiter?.();
    }
  }

  get isClosed() {
    return this.closed;
  }

  /** Waits until `predicate` holds over the frames received so far. */
  async until(predicate: (frames: SseFrame[]) => boolean, timeoutMs = 10_000): Promise<SseFrame[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.frames)) {
      if (this.closed) throw new Error(`stream closed; frames: ${JSON.stringify(this.frames).slice(0, 500)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; frames: ${JSON.stringify(this.frames).slice(0, 500)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
    return this.frames;
  }

  events(): SseFrame[] {
    return this.frames.filter((f) => f.data !== undefined);
  }

  close() {
    this.controller.abort();
  }
}

function parse(block: string): SseFrame {
  const frame: SseFrame = { comments: [] };
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) {
      frame.comments.push(line.slice(1).trim());
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') frame.id = value;
    else if (field === 'event') frame.event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'retry') frame.retry = Number(value);
  }
  if (data.length) frame.data = data.join('\n');
  return frame;
}
