import type { FastifyInstance, FastifyRequest } from 'fastify';
import { decodeUtf8Strict } from '@sitrep/domain';
import { HttpProblem } from './http-problem.error.js';

/** Body limit of JSON and text requests: a 1 MiB report can grow up to 6x as JSON \u escapes. */
export const DEFAULT_BODY_LIMIT = 8 * 1024 * 1024;

/**
 * Replaces fastify's body parsers so handlers see bodies decoded from the raw
 * bytes: invalid UTF-8 is INVALID_UTF8 (422), broken JSON MALFORMED_JSON (400),
 * any other media type 415. `application/x-ndjson` is left as the request
 * stream, so batch endpoints can answer line by line while still reading.
 */
export function registerBodyParsers(fastify: FastifyInstance, bodyLimit = DEFAULT_BODY_LIMIT, accepted?: AcceptedMediaTypes): void {
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

  // Anything else (a form post from `curl -d`, no Content-Type at all): say what this route takes.
  fastify.addContentTypeParser('*', (request, _payload, done) => done(unsupportedMediaType(request, accepted)));
}

/** Accepted request media types per route, `POST /reports/{id}/retract` → [...]; filled from the OpenAPI document. */
export type AcceptedMediaTypes = Map<string, readonly string[]>;

/** Every operation's requestBody media types, keyed as the router sees the route. */
export function acceptedMediaTypesOf(document: { paths: object }): AcceptedMediaTypes {
  const table: AcceptedMediaTypes = new Map();
  for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, unknown>>)) {
    for (const [method, operation] of Object.entries(operations)) {
      const content = (operation as { requestBody?: { content?: Record<string, unknown> } }).requestBody?.content;
      if (content) table.set(`${method.toUpperCase()} ${path}`, Object.keys(content));
    }
  }
  return table;
}

function unsupportedMediaType(request: FastifyRequest, accepted: AcceptedMediaTypes | undefined): HttpProblem {
  const route = (request.routeOptions.url ?? '').replace(/:(\w+)/g, '{$1}');
  const types = accepted?.get(`${request.method} ${route}`) ?? ['application/json'];
  const given = (request.headers['content-type'] ?? '').split(';')[0]!.trim();
  const list = types.length === 1 ? types[0]! : `${types.slice(0, -1).join(', ')} or ${types.at(-1)}`;
  return new HttpProblem(
    'UNSUPPORTED_MEDIA_TYPE',
    `${request.method} ${request.routeOptions.url ?? request.url} accepts ${list}, not ${given ? given : 'a body without Content-Type'}` +
      (given === 'application/x-www-form-urlencoded' ? ` (curl -d sends a form; add -H 'content-type: ${types[0]}').` : '.'),
    { accepted: types, given: given || null },
  );
}

/** Bodies are UTF-8; a declared charset that is something else is refused rather than misread. */
function assertUtf8Charset(request: FastifyRequest): void {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') {
    throw new HttpProblem('UNSUPPORTED_MEDIA_TYPE', `Only UTF-8 bodies are accepted, not charset=${charset}.`);
  }
}
