import type { FastifyInstance, FastifyRequest } from 'fastify';
import { decodeUtf8Strict } from '../../../../libs/domain/src/index.js';
import { HttpProblem } from './http-problem.error.js';

/** Body limit of JSON and text requests: a 1 MiB report can grow up to 6x as JSON \u escapes. */
export const DEFAULT_BODY_LIMIT = 8 * 1024 * 1024;

/**
 * Replaces fastify's body parsers so handlers see bodies decoded from the raw
 * bytes: invalid UTF-8 is INVALID_UTF8 (422), broken JSON MALFORMED_JSON (400),
 * any other media type 415. `application/x-ndjson` is left as the request
 * stream, so batch endpoints can answer line by line while still reading.
 */
export function registerBodyParsers(fastify: FastifyInstance, bodyLimit = DEFAULT_BODY_LIMIT): void {
  fastify.removeAllContentTypeParsers();

  const parseJson = (request: FastifyRequest, body: string | Buffer, done: (error: Error | null, value?: unknown) => void) => {
    let value: unknown;
    try {
      assertUtf8Charset(request);
      const text = decodeUtf8Strict(body as Buffer);
      if (text.trim() === '') throw new HttpProblem('MALFORMED_JSON', 'The JSON body is empty.');
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new HttpProblem('MALFORMED_JSON', `The body is not valid JSON: ${(error as Error).message}`);
      }
    } catch (error) {
      return done(error as Error, undefined);
    }
    done(null, value);
  };
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit }, parseJson);
  fastify.addContentTypeParser(/^application\/[a-z0-9.+-]+\+json$/, { parseAs: 'buffer', bodyLimit }, parseJson);

  fastify.addContentTypeParser('text/plain', { parseAs: 'buffer', bodyLimit }, (request, body, done) => {
    let text: string;
    try {
      assertUtf8Charset(request);
      text = decodeUtf8Strict(body as Buffer);
    } catch (error) {
      return done(error as Error, undefined);
    }
    done(null, text);
  });

  fastify.addContentTypeParser(['application/x-ndjson', 'application/jsonl', 'application/jsonlines'], (_request, payload, done) =>
    done(null, payload),
  );
}

/** Bodies are UTF-8; a declared charset that is something else is refused rather than misread. */
function assertUtf8Charset(request: FastifyRequest): void {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') {
    throw new HttpProblem('UNSUPPORTED_MEDIA_TYPE', `Only UTF-8 bodies are accepted, not charset=${charset}.`, 415);
  }
}
