import { describe, expect, it } from 'vitest';
import { formatSseComment, formatSseMessage, formatSseRetry } from './sse-format.js';

describe('SSE framing', () => {
  it('writes id, event and data, ended by a blank line', () => {
    expect(formatSseMessage({ id: 7, event: 'ReportSubmitted', data: '{"a":1}' })).toBe('id: 7\nevent: ReportSubmitted\ndata: {"a":1}\n\n');
  });
  it('splits multi-line data into several data lines', () => {
    expect(formatSseMessage({ data: 'a\nb\r\nc' })).toBe('data: a\ndata: b\ndata: c\n\n');
  });
  it('keeps a line break out of id and event', () => {
    expect(formatSseMessage({ id: '1\n2', event: 'x\ry', data: '' })).toBe('id: 1 2\nevent: x y\ndata: \n\n');
  });
  it('writes comments and retry', () => {
    expect(formatSseComment('heartbeat')).toBe(': heartbeat\n\n');
    expect(formatSseComment('a\nb')).toBe(': a\n: b\n\n');
    expect(formatSseRetry(3000)).toBe('retry: 3000\n\n');
  });
});
