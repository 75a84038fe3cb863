/** One line of an ndjson body, as bytes; `tooLong` when it went past the limit (its bytes are then dropped). */
export interface NdjsonLine {
  number: number;
  bytes: Buffer;
  tooLong: boolean;
}

/**
 * Splits a byte stream at LF without decoding, so that each line can be checked
 * for valid UTF-8 on its own and one bad line cannot corrupt its neighbours.
 * Memory stays bounded by `maxLineBytes`.
 */
export async function* ndjsonLines(source: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<NdjsonLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): NdjsonLine => {
    number += 1;
    let bytes = tooLong ? Buffer.alloc(0) : Buffer.concat(parts, size);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const line = { number, bytes, tooLong };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of source) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let newline: number;
    while ((newline = buffer.indexOf(0x0a)) !== -1) {
      append(buffer.subarray(0, newline));
      yield finish();
      buffer = buffer.subarray(newline + 1);
    }
    append(buffer);
  }
  if (size > 0 || tooLong) yield finish();

  function append(piece: Buffer): void {
    if (tooLong || piece.length === 0) return;
    if (size + piece.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  }
}
