import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { POSITION_PATTERN } from '../common/http/position-pattern.js';

// OpenAPI documentation of the health routes as they answer: the result of @nestjs/terminus's checks, one entry
// per check. Without a token that may read the projections, each check shows its state only (and each projection
// its state): every other field is for administrators.

const INDICATOR_STATUSES = ['up', 'degraded', 'down'];

class HealthIndicatorFields {
  @ApiProperty({ enum: INDICATOR_STATUSES, description: '`down` fails the check (503); `degraded` is reported with 200.' }) status!: string;
  @ApiPropertyOptional({ type: 'integer', description: 'Milliseconds the check took (database and event store).', example: 3 }) responseTime?: number;
  @ApiPropertyOptional({ description: 'Why the check is down.', example: 'no answer within 3000 ms' }) message?: string;
}

export class DatabaseHealthDto extends HealthIndicatorFields {}

export class EventStoreHealthDto extends HealthIndicatorFields {
  @ApiPropertyOptional({ example: '1042', pattern: POSITION_PATTERN, description: "The store's head position (0 when empty), while up." }) headPosition?: string;
}

export class ProjectionHealthDto {
  @ApiProperty({ enum: ['running', 'failed', 'stopped'] }) status!: string;
  @ApiPropertyOptional({ example: '1042', pattern: POSITION_PATTERN, description: 'Global position of the last event applied (0: none).' }) position?: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '0', description: 'Events not yet applied (PostgreSQL store only, whose positions are dense).' }) behind?: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 0, description: 'Seconds between the last event applied and the head event.' }) lagSeconds?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The event the projection failed on, while failed.' }) failedPosition?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) lastError?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time', description: 'Null while no process has followed it.' }) updatedAt?: string | null;
}

export class ReactorHealthDto {
  @ApiProperty({ example: '1042', pattern: POSITION_PATTERN, description: 'Global position of the last event applied.' }) position!: string;
  @ApiProperty({ type: String, nullable: true, example: '0', description: 'Events not yet applied (PostgreSQL store only, whose positions are dense).' }) behind!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 0, description: 'Seconds between the last event applied and the head event.' }) lagSeconds!: number | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ProjectionsHealthDto extends HealthIndicatorFields {
  @ApiPropertyOptional({ description: 'Whether the projections run in this process (else in the worker).' }) runInThisProcess?: boolean;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(ProjectionHealthDto) },
    description: 'By projection name. A failed one makes the overview `degraded`, and readiness `down`, as does one lagging beyond its bound.',
  })
  projections?: Record<string, ProjectionHealthDto>;
}

export class ReactorsHealthDto extends HealthIndicatorFields {
  @ApiPropertyOptional({ type: 'object', additionalProperties: { $ref: getSchemaPath(ReactorHealthDto) }, description: 'By reactor name.' }) reactors?: Record<string, ReactorHealthDto>;
  @ApiPropertyOptional({ type: 'integer', description: 'Deadlines still to be checked.', example: 4 }) pendingDeadlines?: number;
  @ApiPropertyOptional({ type: 'integer', description: 'Of those, the ones over an hour past their time: any makes the check `degraded`.', example: 0 }) lateDeadlines?: number;
}

export class HealthChecksDto {
  @ApiPropertyOptional({ type: DatabaseHealthDto }) database?: DatabaseHealthDto;
  @ApiPropertyOptional({ type: EventStoreHealthDto }) eventStore?: EventStoreHealthDto;
  @ApiPropertyOptional({ type: ProjectionsHealthDto }) projections?: ProjectionsHealthDto;
  @ApiPropertyOptional({ type: ReactorsHealthDto }) reactors?: ReactorsHealthDto;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'error', 'shutting_down'], description: '200 answers `ok` or `degraded`; 503 answers `error` or `shutting_down`.' }) status!: string;
  // Each check's entry below: only `status` (and each projection's) without a token that may read the projections.
  @ApiPropertyOptional({ type: HealthChecksDto, description: 'The checks that are up or degraded.' }) info?: HealthChecksDto;
  @ApiPropertyOptional({ type: HealthChecksDto, description: 'The checks that are down.' }) error?: HealthChecksDto;
  @ApiProperty({ type: HealthChecksDto, description: 'Every check.' }) details!: HealthChecksDto;
}
