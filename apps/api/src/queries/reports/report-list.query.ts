import { z } from 'zod';
import { dayRangeRule, DEFAULT_LIMIT, MAX_LIMIT, query } from '../../http/query-schema.js';

export const REPORT_STATUSES = ['active', 'retracted'] as const;

/** `GET /reports`: the filters, their 422s and the OpenAPI parameters, by the same fields as the incident list. */
export const reportListQuery = z
  .object({
    source: query.text().describe('Outlet contains this (case-insensitive)'),
    from: query.day().describe('Published on or after (YYYY-MM-DD)'),
    to: query.day().describe('Published on or before (YYYY-MM-DD); not before `from`'),
    q: query.text().describe('Text or title contains this (case-insensitive)'),
    status: query.oneOf(REPORT_STATUSES).describe('Only active or only retracted reports'),
    limit: query.limit().describe(`Page size, default ${DEFAULT_LIMIT}, capped at ${MAX_LIMIT}`),
    cursor: query.reportCursor().describe('The `nextCursor` of the previous page'),
  })
  .superRefine(dayRangeRule);
