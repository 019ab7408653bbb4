import { ApiProperty } from '@nestjs/swagger';
import { AuditActorDto } from '../../../audit/audit.schema.js';
import { POSITION_PATTERN } from '../../../common/http/position-pattern.js';

export class SubjectEventDto {
  @ApiProperty({ example: '1042', pattern: POSITION_PATTERN, description: 'Global position: the order of the whole log.' }) position!: string;
  @ApiProperty({ example: 'expertise-st-41' }) streamId!: string;
  @ApiProperty({ example: 'ExpertiseRegistered', description: 'The stored event type name.' }) type!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: AuditActorDto, description: 'Who recorded it.' }) actor!: AuditActorDto;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's data, opened (as the ledger reads it now: `[erased]` where a key was destroyed)." })
  data!: Record<string, unknown>;
}

/** Everything the ledger holds about one data subject: the answer to a subject access request. */
export class SubjectAccessDto {
  @ApiProperty({ example: 'staff:st-41' }) subjectId!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When they were erased (their key destroyed); null while their data is held.' }) erasedAt!: string | null;
  @ApiProperty({ example: '1042', pattern: POSITION_PATTERN, description: 'The last position read: the export is of the history up to it.' }) position!: string;
  @ApiProperty({ type: [SubjectEventDto], description: 'Every event naming them by their id (each of their personal fields sits beside it), in the order of the log.' })
  events!: SubjectEventDto[];
}
