import { applyDecorators, Inject, Injectable, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiProblem } from './api-problem.decorator.js';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { SitrepConfig } from '@sitrep/config';
import { CONFIG } from '../infrastructure/tokens.js';
import { HttpProblem } from './http-problem.error.js';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Compares through fixed-length digests so neither content nor length leaks through timing. */
export function tokensMatch(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * Admin endpoints: `Authorization: Bearer <SITREP_ADMIN_TOKEN>`. With no token
 * configured they are disabled (403 ADMIN_DISABLED), never open.
 */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  constructor(@Inject(CONFIG) private readonly config: SitrepConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.adminToken;
    if (!expected) {
      throw new HttpProblem('ADMIN_DISABLED', 'Admin endpoints are disabled: set SITREP_ADMIN_TOKEN to enable them.');
    }
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!match) throw new HttpProblem('ADMIN_TOKEN_REQUIRED', 'This endpoint needs "Authorization: Bearer <admin token>".');
    if (!tokensMatch(match[1]!, expected)) throw new HttpProblem('ADMIN_TOKEN_INVALID', 'The admin token is not valid.');
    return true;
  }
}

/** Marks a route as admin-only (guard + OpenAPI security). */
export const AdminOnly = () =>
  applyDecorators(
    UseGuards(AdminTokenGuard),
    ApiBearerAuth('admin'),
    ApiProblem(401, ['ADMIN_TOKEN_REQUIRED'], 'no bearer token'),
    ApiProblem(403, ['ADMIN_TOKEN_INVALID', 'ADMIN_DISABLED'], 'wrong token, or SITREP_ADMIN_TOKEN unset'),
  );
