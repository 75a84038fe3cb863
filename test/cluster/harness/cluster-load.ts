import { http, isAnswer, json, postJson, type HttpResult } from '../../chaos/harness/http.js';
import type { Acknowledged } from '../../chaos/harness/verify-store.js';
import { uniqueReport } from '../../chaos/harness/reports.js';
import type { SitrepServer } from '../../chaos/harness/server.js';

/** What the clients of one load phase saw. */
export interface LoadTally {
  acknowledged: Map<string, Acknowledged>;
  /** Reports never answered 2xx after every retry (the store may or may not hold them; never half). */
  unacknowledged: number;
  writeRetries: number;
  reads: number;
  readFailures: number;
  /** waitFor reads answered 200, by the source their header named. */
  waitForReads: { replica: number; primary: number };
  /** waitFor reads answered 200 without the report the token was given for: must stay 0. */
  inconsistent: string[];
  /** waitFor reads that ended 504 WAIT_FOR_TIMEOUT or without an answer (not answers, so not inconsistent). */
  waitForUnanswered: number;
  /** Why requests got no 2xx, by status or socket error (a sample of what the kills cost). */
  failures: Map<string, number>;
}

export const emptyTally = (): LoadTally => ({
  acknowledged: new Map(),
  unacknowledged: 0,
  writeRetries: 0,
  reads: 0,
  readFailures: 0,
  waitForReads: { replica: 0, primary: 0 },
  inconsistent: [],
  waitForUnanswered: 0,
  failures: new Map(),
});

function failed(tally: LoadTally, what: string, r: HttpResult): void {
  const why = `${what} ${isAnswer(r) ? r.status : r.error}`;
  tally.failures.set(why, (tally.failures.get(why) ?? 0) + 1);
}

/** Picks API nodes round-robin among the ones up; a request to a node killed meanwhile fails and is retried on another. */
export class NodePicker {
  private next = 0;
  constructor(
    private readonly nodes: readonly SitrepServer[],
    private readonly isUp: (node: SitrepServer) => boolean = (n) => n.running,
  ) {}
  pick(): SitrepServer {
    const live = this.nodes.filter(this.isUp);
    const pool = live.length ? live : this.nodes;
    return pool[this.next++ % pool.length]!;
  }
}

interface SubmitAnswer {
  id: string;
  position: number;
  events: { id: string }[];
}

/**
 * One analyst's loop: post report n (retrying on another node until some node
 * answers 2xx: the content-derived id makes a retry a no-op if the first try
 * was stored), and now and then read it back with `waitFor` from another node.
 */
export async function writeAndCheck(picker: NodePicker, n: number, salt: string, tally: LoadTally, checkEvery = 3): Promise<void> {
  const report = uniqueReport(n, salt);
  let answer: SubmitAnswer | null = null;
  for (let attempt = 0; attempt < 8 && !answer; attempt++) {
    if (attempt > 0) {
      tally.writeRetries++;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
    const r = await postJson(picker.pick().port, '/reports', report, {}, 20_000);
    if (isAnswer(r) && (r.status === 200 || r.status === 201)) answer = json<SubmitAnswer>(r);
    else failed(tally, 'POST', r);
  }
  if (!answer) {
    tally.unacknowledged++;
    return;
  }
  tally.acknowledged.set(answer.id, { id: answer.id, position: answer.position, eventIds: answer.events.map((e) => e.id) });
  if (n % checkEvery !== 0) return;
  const ref = `${salt}-${n}`;
  const read = await http(picker.pick().port, {
    path: `/reports?q=${encodeURIComponent(ref)}&waitFor=${answer.position}&waitTimeout=10000`,
    timeoutMs: 20_000,
  });
  if (!isAnswer(read) || read.status !== 200) {
    failed(tally, 'waitFor GET', read);
    tally.waitForUnanswered++;
    return;
  }
  const source = read.headers['sitrep-read-source'] === 'primary' ? 'primary' : 'replica';
  tally.waitForReads[source]++;
  const ids = (json<{ items: { id: string }[] }>(read)?.items ?? []).map((i) => i.id);
  if (!ids.includes(answer.id)) tally.inconsistent.push(`${answer.id}@${answer.position} via ${source}`);
}

const READ_PATHS = ['/incidents?limit=20', '/reports?limit=20', '/locations', '/ceasefires'];

/** A dashboard reader: one query GET on some node. */
export async function readOnce(picker: NodePicker, i: number, tally: LoadTally): Promise<void> {
  const r: HttpResult = await http(picker.pick().port, { path: READ_PATHS[i % READ_PATHS.length]!, timeoutMs: 20_000 });
  if (isAnswer(r) && r.status === 200) tally.reads++;
  else {
    tally.readFailures++;
    failed(tally, 'GET', r);
  }
}
