import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { MetricsService } from './metrics.service.js';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Prometheus metrics (text exposition format 0.0.4)' })
  @ApiProduces('text/plain')
  @ApiOkResponse({
    content: { 'text/plain': { schema: { type: 'string', example: 'sitrep_http_requests_total{route="/incidents",status="200"} 12' } } },
  })
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
