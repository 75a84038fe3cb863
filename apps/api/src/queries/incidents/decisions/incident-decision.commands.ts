import { Command } from '@nestjs/cqrs';
import type { CommandMetadata } from '@sitrep/domain';
import { InvalidDecisionError } from '@sitrep/domain';

export interface DecisionResult {
  decisionId: string;
  incidentId: string;
  position: number;
}

const strings = (code: 'MERGE_INVALID' | 'SPLIT_INVALID', field: string, v: unknown, min: number): string[] => {
  if (!Array.isArray(v) || v.length < min || v.length > 500 || !v.every((x) => typeof x === 'string' && x.length > 0 && x.length <= 200)) {
    throw new InvalidDecisionError(code, `"${field}" must be an array of at least ${min} ids.`, { field });
  }
  return [...new Set(v as string[])];
};
const optionalText = (code: 'MERGE_INVALID' | 'SPLIT_INVALID', field: string, v: unknown): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string' || v.length > 2000)
    throw new InvalidDecisionError(code, `"${field}" must be a string (at most 2000 characters).`, { field });
  return v.trim() || null;
};
const objectBody = (code: 'MERGE_INVALID' | 'SPLIT_INVALID', raw: unknown) => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new InvalidDecisionError(code, 'The body must be a JSON object.');
  return raw as Record<string, unknown>;
};

export class MergeIncidentsCommand extends Command<DecisionResult> {
  private constructor(
    readonly incidentIds: string[],
    readonly into: string,
    readonly reason: string | null,
    readonly decidedBy: string,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }

  static from(raw: unknown, metadata: CommandMetadata, decidedBy = 'admin'): MergeIncidentsCommand {
    const body = objectBody('MERGE_INVALID', raw);
    const incidentIds = strings('MERGE_INVALID', 'incidentIds', body.incidentIds, 2);
    const into = body.into === undefined ? incidentIds[0]! : String(body.into);
    return new MergeIncidentsCommand(incidentIds, into, optionalText('MERGE_INVALID', 'reason', body.reason), decidedBy, metadata);
  }
}

export class SplitIncidentCommand extends Command<DecisionResult> {
  private constructor(
    readonly incidentId: string,
    readonly eventIds: string[],
    readonly reason: string | null,
    readonly decidedBy: string,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }

  static from(incidentId: string, raw: unknown, metadata: CommandMetadata, decidedBy = 'admin'): SplitIncidentCommand {
    const body = objectBody('SPLIT_INVALID', raw);
    return new SplitIncidentCommand(
      incidentId,
      strings('SPLIT_INVALID', 'eventIds', body.eventIds, 1),
      optionalText('SPLIT_INVALID', 'reason', body.reason),
      decidedBy,
      metadata,
    );
  }
}
