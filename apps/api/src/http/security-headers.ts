import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Swagger UI at /docs loads its own scripts and styles from /docs and uses inline
 * styles and data: images; nothing else is allowed, and no page may frame us.
 * A configured tile server (SITREP_TILE_URL) is the only other origin images may come from.
 */
const cspDirectives = (imageOrigins: readonly string[] = []): Record<string, string[]> => ({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', ...imageOrigins],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
});

/** The policy as helmet writes it (`name value…` joined by `;`). */
export const contentSecurityPolicy = (imageOrigins: readonly string[] = []) =>
  Object.entries(cspDirectives(imageOrigins))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join(';');

/** What helmet sets; exported for the answers fastify makes without running hooks (see framework-errors.ts). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy': contentSecurityPolicy(),
  'cross-origin-opener-policy': 'same-origin',
};

/** helmet's options: only the headers in SECURITY_HEADERS (with the configured tile origins in the CSP's img-src). */
const helmetOptions = (imageOrigins: readonly string[] = []): HelmetOptions => ({
  contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(imageOrigins) },
  xContentTypeOptions: true,
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginOpenerPolicy: { policy: 'same-origin' },
  crossOriginEmbedderPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  strictTransportSecurity: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xPoweredBy: false,
  xXssProtection: false,
});

/** What helmet's middleware does to a response with these options: the headers it sets and those it removes. */
export function helmetHeaders(options: HelmetOptions): { set: Record<string, string>; removed: string[] } {
  const set: Record<string, string> = {};
  const removed: string[] = [];
  const response = {
    setHeader: (name: string, value: unknown) => void (set[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void removed.push(name.toLowerCase()),
  };
  let failure: unknown = null;
  // helmet's middleware is synchronous: next has been called when it returns.
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => void (failure = error ?? null));
  if (failure) throw failure;
  return { set, removed };
}

/**
 * Security headers on every answer, errors and 404s included: helmet's, made once at start-up by running its
 * middleware against a recording response, then set by one onRequest hook. (@fastify/helmet, used before, built
 * helmet's middleware again on every request, its CSP directives parsed each time; the options here never change
 * per request.) Only the headers in SECURITY_HEADERS. CORS stays off: no Access-Control-* headers. Each answer also
 * carries its request id.
 */
export function registerSecurityHeaders(fastify: FastifyInstance, imageOrigins: readonly string[] = []): void {
  const { set, removed } = helmetHeaders(helmetOptions(imageOrigins));
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(set);
    for (const name of removed) reply.removeHeader(name);
    reply.header('x-request-id', String(request.id));
    done();
  });
}
