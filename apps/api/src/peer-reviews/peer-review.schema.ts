import { ApiProperty } from '@nestjs/swagger';
import { VISIT_ROLES, type VisitRole } from '@trust/domain';

/** OpenAPI shapes of the peer review answers (the read model's, in projections/peer-reviews). */

export class PeerReviewMemberView {
  @ApiProperty({ example: 'ht-oak' }) headteacherId!: string;
  @ApiProperty({ example: 'Ann Oak' }) name!: string;
  @ApiProperty({ example: '138201' }) academyId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Oak Primary Academy', description: "The academy's name as the ledger knows it now (null if it knows none)." }) academyName!: string | null;
}

class ScheduledVisitFields {
  @ApiProperty() visitId!: string;
  @ApiProperty({ example: '138201' }) hostAcademyId!: string;
  @ApiProperty({ example: 'ht-oak' }) hostHeadteacherId!: string;
  @ApiProperty({ example: 'ht-ash' }) leadHeadteacherId!: string;
  @ApiProperty({ type: [String], example: ['ht-elm'] }) reviewerIds!: string[];
  @ApiProperty({ type: String, nullable: true, example: 'dee' }) facilitatorUserId!: string | null;
  @ApiProperty({ format: 'date', example: '2026-01-21' }) visitDate!: string;
  @ApiProperty({ type: 'integer', description: "Which of the host's visits of the year: 1, 2 or 3.", example: 1 }) visitNumber!: number;
  @ApiProperty({ format: 'date', description: 'A week before: when the host RAG rates the aspects in focus.' }) focusDueOn!: string;
  @ApiProperty({ format: 'date', description: "A week after: when the lead's summary report is due." }) reportDueOn!: string;
}

export class DiaryVisitDto extends ScheduledVisitFields {
  @ApiProperty() focusSet!: boolean;
  @ApiProperty() recorded!: boolean;
  @ApiProperty() reportSubmitted!: boolean;
  @ApiProperty({ description: 'The deadline job found the report missing after its due date, and it is still missing.' }) reportOverdue!: boolean;
}

export class PeerReviewGroupDto {
  @ApiProperty() groupId!: string;
  @ApiProperty({ example: 'North hub peer review group' }) name!: string;
  @ApiProperty({ example: '2025/26' }) academicYear!: string;
  @ApiProperty({ type: [PeerReviewMemberView] }) members!: PeerReviewMemberView[];
  @ApiProperty() leadHeadteacherId!: string;
  @ApiProperty({ type: [DiaryVisitDto], description: "The diary: every visit, without its contents (they are confidential to each visit's readers)." }) visits!: DiaryVisitDto[];
  @ApiProperty({ description: 'The last global position the answer reflects.', example: '42' }) position!: string;
}

class FocusAspectView {
  @ApiProperty({ description: "In words: the plan priority's title as it stood, when it names one.", example: 'Phonics in Year 1' }) aspect!: string;
  @ApiProperty({ enum: ['red', 'amber', 'green'] }) rag!: string;
  @ApiProperty({
    description: "The priority of the host's improvement plan for the visit's year that the aspect is; null for a free-text aspect (and for every aspect of a focus set before aspects named the plan's).",
    nullable: true,
    type: String,
    example: 'p-phonics',
  })
  planPriorityId!: string | null;
}

class VisitFocusView {
  @ApiProperty({ type: [FocusAspectView] }) aspects!: FocusAspectView[];
  @ApiProperty({ format: 'date' }) setOn!: string;
}

class VisitAttendeeView {
  @ApiProperty({ description: "A headteacher's id, or the facilitator's user id.", example: 'ht-elm' }) personId!: string;
  @ApiProperty({ enum: VISIT_ROLES, description: 'The part they play in the visit.' }) role!: VisitRole;
}

class VisitFindingsView {
  @ApiProperty({ type: VisitAttendeeView, nullable: true, description: 'The lead headteacher or the facilitator; null for a record made before the recorder was kept.' }) recordedBy!: VisitAttendeeView | null;
  @ApiProperty({ description: "The lead headteacher's feedback to the host headteacher." }) feedback!: string;
  @ApiProperty({ type: [String] }) actionsForNextAim!: string[];
  @ApiProperty({ format: 'date' }) recordedOn!: string;
}

class ObservationRecordView {
  @ApiProperty({ type: VisitAttendeeView, nullable: true, description: 'The visitor whose record it is; null for observations recorded before the recorder was kept.' }) recordedBy!: VisitAttendeeView | null;
  @ApiProperty({ type: [String] }) observations!: string[];
  @ApiProperty({ format: 'date' }) recordedOn!: string;
}

class FlaggedConcernView {
  @ApiProperty({ example: '<visitId>-1' }) concernId!: string;
  @ApiProperty() concern!: string;
  @ApiProperty({ type: VisitAttendeeView, nullable: true, description: 'The visitor who raised it; null for a concern flagged before who raised it was kept.' }) raisedBy!: VisitAttendeeView | null;
  @ApiProperty({ format: 'date' }) flaggedOn!: string;
}

class VisitReportView {
  @ApiProperty() summary!: string;
  @ApiProperty({ format: 'date' }) submittedOn!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty() late!: boolean;
}

export class PeerReviewVisitDto extends ScheduledVisitFields {
  @ApiProperty() groupId!: string;
  @ApiProperty({ example: '2025/26' }) academicYear!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: "The server's day the visit entered the diary: after its day for a visit recorded after the fact. Null for visits entered before this day was kept." }) scheduledOn!: string | null;
  @ApiProperty({ type: VisitFocusView, nullable: true }) focus!: VisitFocusView | null;
  @ApiProperty({ type: [ObservationRecordView], description: "Each visitor's own records of what they observed, in the order recorded (a visitor may have several)." }) observations!: ObservationRecordView[];
  @ApiProperty({ type: VisitFindingsView, nullable: true, description: 'The visit recorded held: null until then.' }) findings!: VisitFindingsView | null;
  @ApiProperty({ type: [FlaggedConcernView] }) safeguardingConcerns!: FlaggedConcernView[];
  @ApiProperty({ type: VisitReportView, nullable: true }) report!: VisitReportView | null;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'When the deadline job found the report overdue.' }) reportOverdueOn!: string | null;
  @ApiProperty({ example: '42' }) position!: string;
}

export class SafeguardingConcernDto extends FlaggedConcernView {
  @ApiProperty() visitId!: string;
  @ApiProperty() groupId!: string;
  @ApiProperty({ example: '138201' }) hostAcademyId!: string;
  @ApiProperty({ format: 'date' }) visitDate!: string;
  @ApiProperty({ example: '42' }) position!: string;
}
