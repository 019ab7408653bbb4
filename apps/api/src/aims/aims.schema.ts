import { ApiProperty } from '@nestjs/swagger';
import { AIM_ATTENDEE_ROLES, AIM_DOCUMENT_TYPES, AIM_FORMATS, RAG_RATINGS } from '@trust/domain';
import { AimJudgementDto, AimPriorityViewDto } from './holding-aim/hold-aim.dto.js';

/** OpenAPI shapes of the aims read model (projections/aims), as GET /aims/:aimId and GET /academies/:id/aims answer. */

export class AimDocumentViewDto {
  @ApiProperty({ enum: AIM_DOCUMENT_TYPES }) type!: string;
  @ApiProperty() submitted!: boolean;
  @ApiProperty({ enum: RAG_RATINGS, nullable: true, type: String }) rag!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) submittedOn!: string | null;
  @ApiProperty({ description: 'Recorded overdue at the current due date (it stays true when the document comes in late).' }) overdue!: boolean;
}

export class AimRescheduleDto {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ format: 'date' }) previousDate!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date' }) rescheduledOn!: string;
}

export class AimOverdueCheckDto {
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ format: 'date' }) checkedOn!: string;
  @ApiProperty({ enum: AIM_DOCUMENT_TYPES, isArray: true }) missing!: string[];
}

/** An attendee as recorded: by name, and by staff id when they are staff the ledger knows (null otherwise, and for a meeting recorded before staff ids were kept). */
export class AimAttendeeViewDto {
  @ApiProperty({ description: 'Their name; `[erased]` once the member of staff named by staffId is erased.', example: 'Dee Director' }) name!: string;
  @ApiProperty({ enum: AIM_ATTENDEE_ROLES, example: 'improvement-director' }) role!: string;
  @ApiProperty({ description: 'The chair: the improvement director.' }) chair!: boolean;
  @ApiProperty({ description: "The ledger's staff id of the attendee, or null when they are kept by name only.", nullable: true, type: String, example: 'ht-oak' }) staffId!: string | null;
}

export class AimOutcomeDto {
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty({ type: [AimAttendeeViewDto] }) attendees!: AimAttendeeViewDto[];
  @ApiProperty({ type: [AimJudgementDto] }) judgements!: AimJudgementDto[];
  @ApiProperty({ type: [AimPriorityViewDto] }) priorities!: AimPriorityViewDto[];
  @ApiProperty({ type: [String] }) nextSteps!: string[];
}

export class AimReportDto {
  @ApiProperty({ format: 'date' }) publishedOn!: string;
  @ApiProperty() summary!: string;
}

export class AimViewDto {
  @ApiProperty() aimId!: string;
  @ApiProperty({ example: '138201' }) academyId!: string;
  @ApiProperty({ example: '2024/25' }) academicYear!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ enum: AIM_FORMATS }) format!: string;
  @ApiProperty({ nullable: true, type: String }) focus!: string | null;
  @ApiProperty() focusAgreed!: boolean;
  @ApiProperty({ format: 'date', description: 'A week before the AIM.' }) documentsDueOn!: string;
  @ApiProperty({ enum: ['scheduled', 'held', 'reported'] }) status!: string;
  @ApiProperty({ type: [AimDocumentViewDto], description: 'The six documents, in the seed\'s order.' }) documents!: AimDocumentViewDto[];
  @ApiProperty({ enum: AIM_DOCUMENT_TYPES, isArray: true, description: 'Documents recorded overdue at the current due date.' }) overdueDocuments!: string[];
  @ApiProperty({ type: [AimOverdueCheckDto], description: 'Every check that recorded documents overdue, at any due date.' }) overdueChecks!: AimOverdueCheckDto[];
  @ApiProperty({ type: [AimRescheduleDto] }) reschedules!: AimRescheduleDto[];
  @ApiProperty({ type: AimOutcomeDto, nullable: true }) outcome!: AimOutcomeDto | null;
  @ApiProperty({ type: AimReportDto, nullable: true }) report!: AimReportDto | null;
  @ApiProperty({ description: 'Global position of the last event folded in.', example: '42' }) position!: string;
}
