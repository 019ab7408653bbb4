import { ApiProperty } from '@nestjs/swagger';
import { POSITION_PATTERN } from '../common/http/position-pattern.js';

// OpenAPI documentation of the audit trail (projections/audit-trail) as GET /audit answers it.

export class AuditActorDto {
  @ApiProperty({ example: 'jane.director', description: "The user (the token's `sub`)." }) userId!: string;
  @ApiProperty({ example: 'improvement-director', description: 'The role the command was allowed as.' }) role!: string;
}

export class AuditEventDto {
  @ApiProperty({ example: '1042', pattern: POSITION_PATTERN, description: 'Global position: the order of the whole log.' }) position!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'academy-138201' }) streamId!: string;
  @ApiProperty({ type: 'integer', example: 3, description: "Version within its stream, from 0." }) streamVersion!: number;
  @ApiProperty({ example: 'KpiCorrected', description: 'The stored event type name.' }) type!: string;
  @ApiProperty({ type: 'integer', example: 1, description: 'The schema version it was stored with (its data is shown as stored, not upcast).' }) schemaVersion!: number;
  @ApiProperty({ type: AuditActorDto }) actor!: AuditActorDto;
  @ApiProperty({ description: 'Shared by every event of one request or workflow (X-Correlation-Id).' }) correlationId!: string;
  @ApiProperty({ description: 'The request or event that caused it (X-Request-Id of the command).' }) causationId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The Idempotency-Key the command was sent with.' }) idempotencyKey!: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: [String], example: ['138201'], description: 'The academies the event concerns (empty for trust-wide events such as a rate card).' }) academyIds!: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: "The event's data as stored; null when withheld (see dataWithheld).",
  })
  data!: Record<string, unknown> | null;
  @ApiProperty({
    description:
      "True when the data is withheld from this reader: a peer review visit's findings and report are confidential to its attendees, the chief executive (trust-admin) and the host's chair of governors, so the standards committee sees who did what and when, not what was found.",
  })
  dataWithheld!: boolean;
}
