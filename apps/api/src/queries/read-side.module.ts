import { Module } from '@nestjs/common';
import { AdminTokenGuard } from '../http/admin-token.guard.js';
import { ActorsHttpController } from './actors/actors.http.controller.js';
import { CeasefiresHttpController } from './ceasefires/ceasefires.http.controller.js';
import { MergeIncidentsHandler, SplitIncidentHandler } from './incidents/decisions/incident-decision.handlers.js';
import { IncidentsHttpController } from './incidents/incidents.http.controller.js';
import { IncidentMapHttpController } from './incidents/incident-map.http.controller.js';
import { LocationsHttpController } from './locations/locations.http.controller.js';
import { ProjectionRunnerProvider } from './projections/projection-runner.provider.js';
import { ProjectionsHttpController } from './projections/projections.http.controller.js';
import { ReportListHttpController } from './reports/report-list.http.controller.js';
import { ReadModel } from './shared/read-model.service.js';
import { ReadCacheInterceptor } from './shared/read-cache/read-cache.interceptor.js';
import { ReadCacheService } from './shared/read-cache/read-cache.service.js';

/**
 * The read side over HTTP: incidents, locations, casualty figures, ceasefires
 * (all with `asOf` and `waitFor`, answered from the read cache while the
 * projections have not moved), analysts' merge/split, and the projection
 * runner with its status and rebuild endpoints.
 */
@Module({
  controllers: [
    IncidentMapHttpController,
    IncidentsHttpController,
    LocationsHttpController,
    CeasefiresHttpController,
    ProjectionsHttpController,
    ReportListHttpController,
    ActorsHttpController,
  ],
  providers: [
    ReadModel,
    ReadCacheService,
    ReadCacheInterceptor,
    ProjectionRunnerProvider,
    MergeIncidentsHandler,
    SplitIncidentHandler,
    AdminTokenGuard,
  ],
  exports: [ProjectionRunnerProvider, ReadModel],
})
export class ReadSideModule {}
