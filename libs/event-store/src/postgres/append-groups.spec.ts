import { describe, expect, it } from 'vitest';
import { AppendGroups, type GroupMember } from './append-groups.js';

interface Member extends GroupMember<string> {
  readonly name: string;
}

const connectionLost = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
const uniqueViolation = Object.assign(new Error('duplicate key'), { code: '23505' });

/** Three appends queued behind a first one, so the three travel as one group whose statement fails with `error`. */
async function failedGroup(error: Error, splitAfter?: (e: unknown) => boolean) {
  const alone: string[] = [];
  let releaseFirst!: () => void;
  const firstGate = new Promise<void>((resolve) => (releaseFirst = resolve));
  const member = (name: string): Member => ({
    name,
    events: 1,
    bytes: 10,
    alone: async () => {
      alone.push(name);
      if (name === 'first') await firstGate;
      return `${name}:alone`;
    },
  });
  const groups = new AppendGroups<string, Member>(
    async () => {
      throw error;
    },
    splitAfter ? { splitAfter } : {},
  );
  const first = groups.submit(member('first'));
  const rest = ['a', 'b', 'c'].map((n) => groups.submit(member(n)));
  releaseFirst();
  await first;
  const outcomes = await Promise.allSettled(rest);
  return { alone, outcomes };
}

describe('AppendGroups after a failed group', () => {
  it('sends the members again one by one, in queue order, when the failure was the statement (a race, a conflict)', async () => {
    const { alone, outcomes } = await failedGroup(uniqueViolation, (e) => (e as { code?: string }).code !== 'ECONNREFUSED');
    expect(alone).toEqual(['first', 'a', 'b', 'c']);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : 'rejected'))).toEqual(['a:alone', 'b:alone', 'c:alone']);
  });

  it('gives every member the connection error at once instead of repeating it member by member', async () => {
    const { alone, outcomes } = await failedGroup(connectionLost, (e) => (e as { code?: string }).code !== 'ECONNREFUSED');
    expect(alone).toEqual(['first']);
    expect(outcomes.map((o) => (o.status === 'rejected' ? (o.reason as { code?: string }).code : 'fulfilled'))).toEqual([
      'ECONNREFUSED',
      'ECONNREFUSED',
      'ECONNREFUSED',
    ]);
  });

  it('splits after any failure by default', async () => {
    const { alone } = await failedGroup(connectionLost);
    expect(alone).toEqual(['first', 'a', 'b', 'c']);
  });
});
