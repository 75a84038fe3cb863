import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class RetractReportRequestDto {
  @ApiProperty({ description: 'Why the report no longer counts.', example: 'Duplicate of a wire story already ingested', maxLength: 2000 })
  reason!: string;

  @ApiPropertyOptional({ description: 'Who retracts it (default "admin").', example: 'analyst:lena', maxLength: 200 })
  retractedBy?: string;
}
