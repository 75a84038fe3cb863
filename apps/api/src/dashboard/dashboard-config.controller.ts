import { Controller, Get, Inject, Module } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { SitrepConfig } from '@sitrep/config';
import { CONFIG } from '../infrastructure/tokens.js';

export class DashboardConfigDto {
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'https://tiles.example.org/{z}/{x}/{y}.png',
    description: 'SITREP_TILE_URL: the raster tiles of the basemap; null = the shipped Natural Earth vectors',
  })
  tileUrl!: string | null;
}

/** What the dashboard is configured with on this server; the page asks at start. */
@ApiTags('operations')
@Controller('dashboard')
export class DashboardConfigController {
  constructor(@Inject(CONFIG) private readonly config: SitrepConfig) {}

  @Get('config')
  @ApiOperation({ summary: 'The dashboard’s configuration: the optional tile server of its basemap' })
  @ApiOkResponse({ type: DashboardConfigDto })
  get(): DashboardConfigDto {
    return { tileUrl: this.config.tileUrl ?? null };
  }
}

@Module({ controllers: [DashboardConfigController] })
export class DashboardConfigModule {}
