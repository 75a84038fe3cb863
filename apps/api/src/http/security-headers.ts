import type { FastifyInstance } from 'fastify';

/**
 * Swagger UI at /docs loads its own scripts and styles from /docs and uses inline
 * styles and data: images; nothing else is allowed, and no page may frame us.
 */
export const contentSecurityPolicy = (imageOrigins: readonly string[] = []) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data:", ...imageOrigins].join(' '),
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** Set on every answer; exported for the answers fastify makes without running hooks (see framework-errors.ts). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'cross-origin-opener-policy': 'same-origin',
};

/** Security headers on every answer, errors and 404s included. CORS stays off: no Access-Control-* headers. */
export function registerSecurityHeaders(fastify: FastifyInstance, imageOrigins: readonly string[] = []): void {
  // A configured tile server (SITREP_TILE_URL) is the only other origin images may come from.
  const headers = imageOrigins.length
    ? { ...SECURITY_HEADERS, 'content-security-policy': contentSecurityPolicy(imageOrigins) }
    : SECURITY_HEADERS;
  fastify.addHook('onSend', async (request, reply, payload) => {
    reply.headers(headers);
    reply.header('x-request-id', String(request.id));
    return payload;
  });
}
