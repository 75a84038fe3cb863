import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { expect } from 'vitest';

/**
 * GET and POST /reports against an in-process app, for e2e files that post a few
 * named reports: `ids` maps each name to its report id, `head()` is the highest
 * position an answer has given (for waitFor and asOf).
 */
export function reportClient(app: () => NestFastifyApplication) {
  const ids: Record<string, string> = {};
  let head = 0;
  const get = async (url: string) => {
    const res = await app().inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.json() as any };
  };
  const post = async (name: string, body: unknown) => {
    const res = await app().inject({
      method: 'POST',
      url: '/reports',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
    expect(res.statusCode, res.body).toBe(201);
    const json = res.json() as { id: string; position: number };
    ids[name] = json.id;
    head = Math.max(head, json.position);
  };
  return { ids, get, post, head: () => head, moveHead: (position: number) => (head = Math.max(head, position)) };
}
