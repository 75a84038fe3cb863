import { ApiProperty } from '@nestjs/swagger';
import type { RecordedEventJson } from './recorded-event.json.js';

/** OpenAPI's view of RecordedEventJson (the wire form shared by /events, /streams/:id, SSE and `sitrep replay`). */
export class RecordedEventDto implements RecordedEventJson {
  @ApiProperty({ example: 1200 }) position!: number;
  @ApiProperty({ example: 'report-3f5c0e9a1b2d4c6e8f0a1b2c' }) streamId!: string;
  @ApiProperty({ example: 2 }) streamVersion!: number;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ShellingReported' }) type!: string;
  @ApiProperty({ example: 1 }) schemaVersion!: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: unknown;
  @ApiProperty({ type: 'object', additionalProperties: true }) metadata!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ description: 'PostgreSQL transaction id (xid8) as text' }) transactionId!: string;
}

export class EventsPageDto {
  @ApiProperty({ type: [RecordedEventDto] }) items!: RecordedEventDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as ?cursor= for the next page; null once the page reached the head' })
  nextCursor!: string | null;
  @ApiProperty({ description: 'Position to poll from later with ?after= (also when caught up)' }) next!: number;
  @ApiProperty({ description: 'The highest position readable now' }) head!: number;
}

export class StreamEventsDto {
  @ApiProperty() streamId!: string;
  @ApiProperty({ description: "The stream's last version (whatever range was asked)" }) lastVersion!: number;
  @ApiProperty({ type: [RecordedEventDto] }) events!: RecordedEventDto[];
}
