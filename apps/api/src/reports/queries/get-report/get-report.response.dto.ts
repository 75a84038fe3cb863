import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ReportRetractionDto {
  @ApiProperty() reason!: string;
  @ApiProperty() retractedBy!: string;
  @ApiProperty({ format: 'date-time' }) retractedAt!: string;
  @ApiProperty() position!: number;
}

export class ReportDetailsDto {
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) source!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) url!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title!: string | null;
  @ApiProperty() language!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) publishedOn!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) referenceDate!: string | null;
  @ApiProperty({ enum: ['metadata', 'inferred', 'none'] }) referenceDateSource!: string;
  @ApiProperty() contentHash!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class ReportEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ShellingReported' }) type!: string;
  @ApiProperty() position!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'True for extracted events of the latest extraction of a report that is not retracted.' })
  counts!: boolean;
  @ApiProperty({ type: Object }) data!: unknown;
  @ApiProperty({ type: Object }) metadata!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class ReportCorrectionDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The new values of the fields that changed' }) changes!: Record<
    string,
    unknown
  >;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The values they replaced' }) previous!: Record<string, unknown>;
  @ApiProperty() reason!: string;
  @ApiProperty() correctedBy!: string;
  @ApiProperty({ format: 'date-time' }) correctedAt!: string;
  @ApiProperty() position!: number;
}

export class ReportView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'report-3f5c0e9a1b2d4c6e8f0a1b2c' }) streamId!: string;
  @ApiProperty({ enum: ['active', 'retracted'] }) status!: 'active' | 'retracted';
  @ApiProperty({ description: 'Current stream version.' }) version!: number;
  @ApiProperty() extractorVersion!: string;
  @ApiProperty({ format: 'uuid' }) extractionId!: string;
  @ApiProperty({ type: [String], description: "The latest extraction's warnings (e.g. a language the extractor does not read)" })
  warnings!: string[];
  @ApiProperty({ type: ReportDetailsDto }) report!: ReportDetailsDto;
  @ApiProperty({ type: [ReportCorrectionDto], description: 'Metadata corrections, oldest first; `report` shows the values after them' })
  corrections!: ReportCorrectionDto[];
  @ApiPropertyOptional({ type: ReportRetractionDto, nullable: true }) retraction!: ReportRetractionDto | null;
  @ApiProperty({ type: [ReportEventDto] }) events!: ReportEventDto[];
}
