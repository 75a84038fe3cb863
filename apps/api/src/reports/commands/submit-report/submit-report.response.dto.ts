import { ApiProperty } from '@nestjs/swagger';

export class AppendedEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ReportSubmitted' }) type!: string;
  @ApiProperty({ description: 'Global position in the event store.' }) position!: number;
  @ApiProperty({ description: 'Version within the report stream (1-based).' }) version!: number;
}

export class SubmitReportResponseDto {
  @ApiProperty({ description: 'Report id, derived from the normalised text and source.', example: '3f5c0e9a1b2d4c6e8f0a1b2c' })
  id!: string;

  @ApiProperty({ description: 'Global position of the last event of the submission.' })
  position!: number;

  @ApiProperty({ type: [AppendedEventDto] })
  events!: AppendedEventDto[];
}
