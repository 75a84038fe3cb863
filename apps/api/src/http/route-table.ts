import type { FastifyInstance } from 'fastify';

interface KnownRoute {
  method: string;
  url: string;
  pattern: RegExp;
}

const ROUTES = Symbol('sitrep.routes');

/**
 * Remembers every route fastify registers (through its `onRoute` hook, so it
 * must run before Nest registers its routes at init), so that a request for a
 * known path with the wrong method can be answered 405 with `Allow` rather than
 * the router's 404.
 */
export function registerRouteTable(fastify: FastifyInstance): void {
  const routes: KnownRoute[] = [];
  (fastify as unknown as Record<symbol, KnownRoute[]>)[ROUTES] = routes;
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      routes.push({ method: String(method).toUpperCase(), url: route.url, pattern: patternOf(route.url) });
  });
}

/** `/reports/:id/retract` → /^\/reports\/[^/]+\/retract\/?$/ (a trailing slash is ignored, as the router does). */
function patternOf(url: string): RegExp {
  const escaped = url
    .replace(/\/+$/, '')
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${escaped}/?$`);
}

/** The methods some route answers for this path (empty when the path is unknown). */
export function allowedMethods(fastify: FastifyInstance, path: string): string[] {
  const routes = (fastify as unknown as Record<symbol, KnownRoute[] | undefined>)[ROUTES] ?? [];
  return [...new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method))].sort();
}

/** Every registered route as `METHOD /path/:param` (tests compare it with the OpenAPI document). */
export function registeredRoutes(fastify: FastifyInstance): { method: string; url: string }[] {
  const routes = (fastify as unknown as Record<symbol, KnownRoute[] | undefined>)[ROUTES] ?? [];
  return routes.map((r) => ({ method: r.method, url: r.url }));
}
