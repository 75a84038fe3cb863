import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * OpenAPI description of a report. Validation is not done here but by the
 * domain's parseSubmitReportInput, shared with the CLI and the batch endpoint.
 */
export class SubmitReportRequestDto {
  @ApiProperty({
    description: 'The report text (UTF-8, at most 1 MiB, not blank, no NUL).',
    example: 'أعلنت وزارة الدفاع الأرمينية أن القوات الأذربيجانية قصفت مدينة جرموك صباح اليوم.',
  })
  text!: string;

  @ApiPropertyOptional({
    description: 'Publication date; the reference date for relative dates in the text.',
    example: '2022-09-13',
    format: 'date',
  })
  publishedOn?: string;

  @ApiPropertyOptional({ description: 'Outlet name; part of the report identity.', example: 'TASS', maxLength: 300 })
  source?: string;

  @ApiPropertyOptional({ description: 'Absolute http(s) URL of the article.', example: 'https://example.org/news/1', maxLength: 2048 })
  url?: string;

  @ApiPropertyOptional({ description: 'Headline.', maxLength: 1000 })
  title?: string;

  @ApiPropertyOptional({ description: 'ISO 639 language code; detected when absent.', example: 'ar' })
  language?: string;
}

/** Query parameters of a text/plain submission: the same metadata fields. */
