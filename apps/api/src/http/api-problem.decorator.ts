import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/** RFC 9457 problem details as OpenAPI sees them; the body of every error answer. */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'urn:sitrep:problem:text-empty' }) type!: string;
  @ApiProperty({ example: 'Unprocessable Content' }) title!: string;
  @ApiProperty({ example: 422 }) status!: number;
  @ApiProperty({ example: '"text" is empty or only whitespace.' }) detail!: string;
  @ApiProperty({ description: 'Stable machine-readable code.', example: 'TEXT_EMPTY' }) code!: string;
  @ApiProperty({ example: '/reports' }) instance!: string;
  @ApiPropertyOptional({ description: 'The request id, also in the X-Request-Id header and the logs.' }) requestId?: string;
  @ApiPropertyOptional({ description: 'The offending field, when there is one.', example: 'text' }) field?: string;
}

/** Documents an error answer: `application/problem+json` with the codes it may carry. */
export const ApiProblem = (status: number, codes: readonly string[], description?: string) =>
  applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ApiResponse({
      status,
      description: `${codes.join(', ')}${description ? ` — ${description}` : ''}`,
      content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
    }),
  );
