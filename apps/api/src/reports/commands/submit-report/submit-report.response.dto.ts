import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AppendedEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ReportSubmitted' }) type!: string;
  @ApiProperty({ description: 'Global position in the event store.' }) position!: number;
  @ApiProperty({ description: 'Version within the report stream (1-based).' }) version!: number;
}

export class StoredDifferenceDto {
  @ApiProperty({ example: 'publishedOn' }) field!: string;
  @ApiProperty({ example: '2022-09-14' }) sent!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2022-09-13' }) stored!: string | null;
}

export class SubmitReportResponseDto {
  @ApiProperty({ description: 'Report id, derived from the normalised text and source.', example: '3f5c0e9a1b2d4c6e8f0a1b2c' })
  id!: string;

  @ApiProperty({ description: 'Global position of the last event of the submission.' })
  position!: number;

  @ApiProperty({ type: [AppendedEventDto] })
  events!: AppendedEventDto[];

  @ApiPropertyOptional({
    type: [String],
    description: 'POST /reports: what the extractor could not do with the text, e.g. a language it does not read (then no events come out)',
    example: ['language fr not supported yet'],
  })
  warnings?: string[];

  @ApiPropertyOptional({ description: 'Re-post only: the stored report was retracted (its events do not count).' })
  retracted?: boolean;

  @ApiPropertyOptional({ type: [StoredDifferenceDto], description: 'Re-post only: fields sent that the stored report holds otherwise.' })
  differences?: StoredDifferenceDto[];

  @ApiPropertyOptional({ description: 'Re-post only: a sentence saying what differs or that it was retracted.' })
  notice?: string;
}
