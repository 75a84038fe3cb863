import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class IncidentSummaryDto {
  @ApiProperty({ example: 'inc-3f2a9c0d1e2b3a4c5d6e', description: 'Stable: derived from the first event that made the incident' })
  id!: string;
  @ApiProperty({ enum: ['violence', 'ceasefire', 'ceasefire-violation', 'mobilization', 'assistance-request'] }) kind!: string;
  @ApiProperty({ type: [String], example: ['AirStrikeReported', 'ShellingReported'] }) types!: string[];
  @ApiProperty({ example: '2022-09-13' }) dateFrom!: string;
  @ApiProperty({ example: '2022-09-14' }) dateTo!: string;
  @ApiProperty({ type: [String], example: ['am-jermuk'] }) placeIds!: string[];
  @ApiProperty({ type: [String], example: ['AM', 'AZ'] }) parties!: string[];
  @ApiProperty() eventCount!: number;
  @ApiProperty({ type: [String] }) reportIds!: string[];
  @ApiProperty() firstEventId!: string;
}

export class AsOfDto {
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'The global position answered for; null = current state' }) position!:
    number | null;
}

export class PlaceLabelDto {
  @ApiProperty({ example: 'am-jermuk' }) id!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Jermuk' }) name!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'جرموك' }) nameAr!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'AM' }) country!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'settlement' }) precision!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 39.8414 }) lat!: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 45.6697 }) lon!: number | null;
}

export class PartyLabelDto {
  @ApiProperty({ example: 'AM' }) code!: string;
  @ApiProperty({ example: 'Armenia' }) name!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'أرمينيا' }) nameAr!: string | null;
}

export class CasualtyRangeDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'AM', description: 'Victim side' }) side!: string | null;
  @ApiProperty({ enum: ['military', 'civilian', 'unknown'] }) affiliation!: string;
  @ApiProperty({ enum: ['killed', 'wounded', 'captured', 'missing'] }) category!: string;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Lowest figure claimed' }) low!: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Highest figure claimed' }) high!: number | null;
  @ApiProperty({ description: 'Independent claimants behind the figures' }) claimantCount!: number;
}

/** A list row that answers a question without one call per incident. */
export class IncidentRowDto extends IncidentSummaryDto {
  @ApiProperty({ example: 'Shelling — Jermuk — 2022-09-13 — AM, AZ — 49 AM military killed' }) headline!: string;
  @ApiProperty({ type: [PlaceLabelDto] }) places!: PlaceLabelDto[];
  @ApiProperty({ type: [PartyLabelDto] }) partyNames!: PartyLabelDto[];
  @ApiProperty({ type: [CasualtyRangeDto], description: 'Per victim side, affiliation and category: the low and high claims' })
  casualties!: CasualtyRangeDto[];
}

export class IncidentPageDto {
  @ApiProperty({ type: [IncidentRowDto] }) items!: IncidentRowDto[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Pass as ?cursor= for the next page' }) nextCursor!: string | null;
  @ApiProperty({ type: AsOfDto }) asOf!: AsOfDto;
}

export class BoundDto {
  @ApiProperty() value!: number;
  @ApiProperty({ type: [String] }) claimants!: string[];
  @ApiProperty({ description: 'Independent claimants behind this figure' }) claimantCount!: number;
}

export class FigureDto {
  @ApiProperty() min!: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) max!: number | null;
  @ApiProperty() approximate!: boolean;
  @ApiProperty() vague!: boolean;
  @ApiProperty({ type: [String] }) claimants!: string[];
  @ApiProperty() claimantCount!: number;
  @ApiProperty({ type: [String] }) outlets!: string[];
}

export class PeriodDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: null, description: 'Start of the toll, null when not a date' }) from!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2022-09-14', description: 'The day the toll was stated' }) to!:
    string | null;
}

export class RunningTollDto {
  @ApiProperty() claimant!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) outlet!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) min!: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) max!: number | null;
  @ApiProperty() approximate!: boolean;
  @ApiProperty() vague!: boolean;
  @ApiPropertyOptional({ type: PeriodDto, nullable: true }) period!: PeriodDto | null;
}

export class CasualtySummaryDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'AM', description: 'Victim side' }) side!: string | null;
  @ApiProperty({ enum: ['military', 'civilian', 'unknown'] }) affiliation!: string;
  @ApiProperty({ enum: ['killed', 'wounded', 'captured', 'missing'] }) category!: string;
  @ApiPropertyOptional({ type: BoundDto, nullable: true, description: 'Lowest stated figure' }) low!: BoundDto | null;
  @ApiPropertyOptional({ type: BoundDto, nullable: true, description: 'Highest stated figure' }) high!: BoundDto | null;
  @ApiPropertyOptional({
    type: BoundDto,
    nullable: true,
    description: 'ACLED-style most conservative figure: lowest lower bound among precise claims, else among vague ones',
  })
  conservative!: BoundDto | null;
  @ApiProperty({ type: [FigureDto] }) figures!: FigureDto[];
  @ApiProperty({ type: [String] }) unquantifiedClaimants!: string[];
  @ApiProperty({
    type: [RunningTollDto],
    description: 'Running tolls («so far», «since the war began») of this side: never in low, high, conservative or figures',
  })
  runningTolls!: RunningTollDto[];
  @ApiProperty() claimCount!: number;
}

export class ClaimDto {
  @ApiProperty() eventId!: string;
  @ApiProperty({ description: 'Claimant key: party code, else name, else outlet:<outlet>' }) claimant!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) claimantParty!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) claimantName!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) outlet!: string | null;
  @ApiProperty() reportId!: string;
  @ApiProperty({ description: 'The sentence the figure comes from' }) quote!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) side!: string | null;
  @ApiProperty() affiliation!: string;
  @ApiProperty() category!: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) min!: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) max!: number | null;
  @ApiProperty() approximate!: boolean;
  @ApiProperty() vague!: boolean;
  @ApiPropertyOptional({ description: 'A running toll over `period`, not this incident’s own figure' }) cumulative?: boolean;
  @ApiPropertyOptional({ type: PeriodDto, nullable: true }) period?: PeriodDto | null;
}

export class IncidentCasualtiesDto {
  @ApiProperty() incidentId!: string;
  @ApiProperty({ type: [ClaimDto] }) claims!: ClaimDto[];
  @ApiProperty({ type: [CasualtySummaryDto] }) summary!: CasualtySummaryDto[];
  @ApiProperty({ type: AsOfDto }) asOf!: AsOfDto;
}

export class SourceReportDto {
  @ApiProperty() reportId!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) outlet!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) url!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) publishedOn!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) language!: string | null;
}

export class IncidentDetailDto extends IncidentSummaryDto {
  @ApiProperty({ description: 'Member events with claimant, places, figures and evidence', type: 'array', items: { type: 'object' } })
  events!: unknown[];
  @ApiProperty({ type: [SourceReportDto] }) reports!: SourceReportDto[];
  @ApiProperty({ type: IncidentCasualtiesDto }) casualties!: Omit<IncidentCasualtiesDto, 'incidentId' | 'asOf'>;
  @ApiProperty({ type: AsOfDto }) asOf!: AsOfDto;
}

export class MergeIncidentsRequestDto {
  @ApiProperty({ type: [String], minItems: 2, description: 'The incidents to merge; the first one stays unless `into` names another' })
  incidentIds!: string[];
  @ApiPropertyOptional() into?: string;
  @ApiPropertyOptional() reason?: string;
}

export class SplitIncidentRequestDto {
  @ApiProperty({ type: [String], description: 'Member events that leave for a new incident' }) eventIds!: string[];
  @ApiPropertyOptional() reason?: string;
}

export class DecisionAcceptedDto {
  @ApiProperty() decisionId!: string;
  @ApiProperty({ description: 'The incident that results (the survivor of a merge, the new incident of a split)' }) incidentId!: string;
  @ApiProperty({ description: 'Global position of the decision: pass as ?waitFor= to read your write' }) position!: number;
}
