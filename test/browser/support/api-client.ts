/** Plain fetch against the server under test, for the answers the page must agree with. */
export class ApiClient {
  constructor(readonly base: string) {}

  async get<T = any>(path: string): Promise<T> {
    const res = await fetch(`${this.base}${path}`);
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  async post<T = any>(path: string, body: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  /** Every incident for a query, through the keyset pages. */
  async allIncidents(
    query: Record<string, string> = {},
  ): Promise<{ id: string; reportIds: string[]; types: string[]; parties: string[] }[]> {
    const items: any[] = [];
    let cursor: string | null = null;
    do {
      const q: URLSearchParams = new URLSearchParams({ ...query, limit: '200', ...(cursor ? { cursor } : {}) });
      const page: { items: any[]; nextCursor?: string | null } = await this.get(`/incidents?${q}`);
      items.push(...page.items);
      cursor = page.nextCursor ?? null;
    } while (cursor);
    return items;
  }
}
