import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { AdminOnly } from '../../http/admin-token.guard.js';
import { ProjectionRunnerProvider } from './projection-runner.provider.js';

class BuildStatusDto {
  @ApiProperty() build!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'Last global position this build has applied' }) position!: number;
  @ApiProperty({ description: 'Events behind the head of the store' }) lag!: number;
}

class RebuildStatusDto extends BuildStatusDto {
  @ApiProperty({ description: '0..1' }) progress!: number;
}

class ProjectionStatusDto {
  @ApiProperty({ example: 'incidents' }) name!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: ['running', 'rebuilding', 'stopped', 'error'] }) state!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) error!: string | null;
  @ApiProperty({ type: BuildStatusDto, description: 'The build queries read' }) active!: BuildStatusDto;
  @ApiPropertyOptional({ type: RebuildStatusDto, nullable: true }) rebuild!: RebuildStatusDto | null;
  @ApiProperty() head!: number;
  @ApiProperty() position!: number;
  @ApiProperty() lag!: number;
  @ApiProperty({ description: 'Whether this API instance holds the worker lock' }) workerHere!: boolean;
}

class RebuildAcceptedDto {
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'The new build being filled' }) build!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'Head of the store when the rebuild was accepted' }) head!: number;
  @ApiProperty({ example: '/projections' }) statusUrl!: string;
}

@ApiTags('projections')
@Controller('projections')
export class ProjectionsHttpController {
  constructor(private readonly projections: ProjectionRunnerProvider) {}

  @Get()
  @ApiOperation({ summary: 'Each projection: state, position, lag, and the progress of a rebuild' })
  @ApiOkResponse({ type: ProjectionStatusDto, isArray: true })
  status(): Promise<ProjectionStatusDto[]> {
    return this.projections.runner.status();
  }

  @Post(':name/rebuild')
  @HttpCode(HttpStatus.ACCEPTED)
  @AdminOnly()
  @ApiOperation({
    summary: 'Rebuild a projection without downtime (admin)',
    description:
      'Builds the projection again into a new build while queries keep reading the current one; swaps atomically once caught up. Follow the progress on GET /projections.',
  })
  @ApiAcceptedResponse({ type: RebuildAcceptedDto })
  @ApiNotFoundResponse({ description: 'PROJECTION_NOT_FOUND' })
  async rebuild(@Param('name') name: string): Promise<RebuildAcceptedDto> {
    return { ...(await this.projections.runner.rebuild(name)), statusUrl: '/projections' };
  }
}
