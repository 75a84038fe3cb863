import { createHash } from 'node:crypto';

/**
 * A name-based UUID (version 5 layout over SHA-1, RFC 9562) so that the same
 * inputs always give the same id: replays and duplicate submissions then
 * produce the very same event ids, which the event store treats as a no-op.
 */
export function deterministicUuid(namespace: string, ...parts: readonly (string | number)[]): string {
  const hash = createHash('sha1').update(namespace);
  for (const part of parts) hash.update('\u0000').update(String(part));
  const bytes = hash.digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
