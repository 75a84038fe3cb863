import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

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

/**
 * Security headers on every answer, errors and 404s included, by @fastify/helmet
 * (its other headers are off: only those in SECURITY_HEADERS). CORS stays off: no
 * Access-Control-* headers. Each answer also carries its request id.
 */
export async function registerSecurityHeaders(fastify: FastifyInstance, imageOrigins: readonly string[] = []): Promise<void> {
  await fastify.register(helmet, {
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
  fastify.addHook('onRequest', async (request, reply) => void reply.header('x-request-id', String(request.id)));
}
