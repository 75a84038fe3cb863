import { Module } from '@nestjs/common';
import { ReadSideModule } from '../queries/read-side.module.js';
import { ExportsHttpController } from './exports.http.controller.js';

/** `GET /exports/*`: ACLED-style and GED-style CSV, GeoJSON and NDJSON, streamed, with the filters and `asOf` of `/incidents`. */
@Module({
  imports: [ReadSideModule],
  controllers: [ExportsHttpController],
})
export class ExportsModule {}
