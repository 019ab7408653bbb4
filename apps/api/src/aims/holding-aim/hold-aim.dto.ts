import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import {
  AIM_ATTENDEE_ROLES,
  AIM_HEADINGS,
  EIF_GRADES,
  MAX_ITEMS,
  MAX_LINE_LENGTH,
  MAX_LONG_TEXT_LENGTH,
  MAX_NAME_LENGTH,
  RAG_RATINGS,
  type AimAttendeeRole,
  type AimHeading,
  type RagRating,
} from '@trust/domain';
import { listMessage, maxLengthMessage, notEmptyMessage, oneOfMessage, textMessage } from '../../common/http/field-messages.js';
import { IsIsoDate } from '../../common/http/domain-rules.js';

export class AimAttendeeDto {
  @ApiProperty({ example: 'Dee Director', maxLength: MAX_NAME_LENGTH })
  @IsString({ message: textMessage('name') })
  @IsNotEmpty({ message: notEmptyMessage('name') })
  @MaxLength(MAX_NAME_LENGTH, { message: maxLengthMessage('name', MAX_NAME_LENGTH) })
  name!: string;

  @ApiProperty({ enum: AIM_ATTENDEE_ROLES, example: 'improvement-director' })
  @IsIn(AIM_ATTENDEE_ROLES, { message: oneOfMessage('role', AIM_ATTENDEE_ROLES) })
  role!: AimAttendeeRole;

  @ApiPropertyOptional({ description: 'The chair: exactly one attendee, the improvement director.', example: true })
  @IsOptional()
  @IsBoolean({ message: 'chair must be true or false' })
  chair?: boolean;

  @ApiPropertyOptional({
    description:
      "The ledger's id of the attendee when they are a member of staff it knows (as the database of expertise and peer review groups key them): 1 to 64 letters, digits, hyphens or underscores, once per meeting. Their name is then theirs, so erasing staff:<staffId> reaches it and subject access finds the meeting. Left out for anyone else, who is kept by name only.",
    example: 'ht-oak',
  })
  @IsOptional()
  @IsString({ message: textMessage('staffId') })
  staffId?: string;
}

export class AimJudgementDto {
  @ApiProperty({ enum: AIM_HEADINGS, description: 'An inspection heading (education inspection framework), one judgement each.', example: 'quality-of-education' })
  @IsIn(AIM_HEADINGS, { message: oneOfMessage('heading', AIM_HEADINGS) })
  heading!: AimHeading;

  @ApiProperty({ enum: EIF_GRADES, example: 'good' })
  @IsIn(EIF_GRADES, { message: oneOfMessage('judgement', EIF_GRADES) })
  judgement!: (typeof EIF_GRADES)[number];

  @ApiProperty({ description: 'The summary comment under the heading.', example: 'A well-sequenced curriculum; reading fluency still uneven in Year 2.', maxLength: MAX_LONG_TEXT_LENGTH })
  @IsString({ message: textMessage('comment') })
  @IsNotEmpty({ message: notEmptyMessage('comment') })
  comment!: string;
}

export class AimPriorityDto {
  @ApiPropertyOptional({
    description:
      "The priority, in words. Required unless `planPriorityId` names a priority of the academy's improvement plan; with it, left out (the priority's title is taken) or the title itself.",
    example: 'Phonics consistency in Year 1',
    maxLength: MAX_LINE_LENGTH,
  })
  @IsOptional()
  @IsString({ message: textMessage('priority') })
  @IsNotEmpty({ message: notEmptyMessage('priority') })
  @MaxLength(MAX_LINE_LENGTH, { message: maxLengthMessage('priority', MAX_LINE_LENGTH) })
  priority?: string;

  @ApiProperty({ enum: RAG_RATINGS, example: 'amber' })
  @IsIn(RAG_RATINGS, { message: oneOfMessage('rag', RAG_RATINGS) })
  rag!: RagRating;

  @ApiPropertyOptional({
    description:
      "The id of the priority of the academy's improvement plan for the AIM's academic year that this is (once per meeting): rating it here rates the plan's priority. " +
      'Required when the academy has a plan for that year (422 otherwise, naming `priorities[i].planPriorityId`); refused (422) when it has none, or the plan has no such priority.',
    example: 'p-reading',
  })
  @IsOptional()
  @IsString({ message: textMessage('planPriorityId') })
  planPriorityId?: string;
}

/** A priority as the meeting rated it: its words, and the plan priority it is (null for a free-text priority). */
export class AimPriorityViewDto {
  @ApiProperty({ description: "The priority, in words: the plan priority's title as it stood, when it names one.", example: 'Phonics consistency in Year 1' })
  priority!: string;

  @ApiProperty({ enum: RAG_RATINGS, example: 'amber' })
  rag!: RagRating;

  @ApiProperty({
    description: "The priority of the academy's improvement plan for the AIM's year that it is; null for a free-text priority (and for every priority of a meeting recorded before priorities named the plan's).",
    nullable: true,
    type: String,
    example: 'p-reading',
  })
  planPriorityId!: string | null;
}

export class HoldAimDto {
  @ApiProperty({ description: "The day of the meeting (not in the future): the AIM's date, or for a one-and-a-half-day AIM the next school day.", format: 'date', example: '2025-03-26' })
  @IsIsoDate()
  heldOn!: string;

  @ApiProperty({ type: [AimAttendeeDto], description: 'Who attended: the improvement director in the chair, the headteacher, governors, senior leaders.' })
  @IsArray({ message: listMessage('attendees', 'attendees, each { name, role, chair?, staffId? }') })
  @ArrayMinSize(1, { message: 'attendees must list at least one attendee' })
  @ArrayMaxSize(MAX_ITEMS.attendees, { message: `attendees must list at most ${MAX_ITEMS.attendees} attendees` })
  @ValidateNested({ each: true })
  @Type(() => AimAttendeeDto)
  attendees!: AimAttendeeDto[];

  @ApiProperty({ type: [AimJudgementDto], description: 'A judgement and summary comment under each inspection heading discussed.' })
  @IsArray({ message: listMessage('judgements', 'judgements, each { heading, judgement, comment }') })
  @ArrayMinSize(1, { message: 'judgements must list at least one judgement' })
  @ArrayMaxSize(AIM_HEADINGS.length, { message: `judgements must list at most ${AIM_HEADINGS.length} judgements, one per heading` })
  @ValidateNested({ each: true })
  @Type(() => AimJudgementDto)
  judgements!: AimJudgementDto[];

  @ApiProperty({
    type: [AimPriorityDto],
    description: "The priorities, RAG rated: when the academy has an improvement plan for the AIM's academic year, each names one of its priorities (`planPriorityId`).",
  })
  @IsArray({ message: listMessage('priorities', 'priorities, each { priority?, rag, planPriorityId? }') })
  @ArrayMinSize(1, { message: 'priorities must list at least one priority' })
  @ArrayMaxSize(MAX_ITEMS.priorities, { message: `priorities must list at most ${MAX_ITEMS.priorities} priorities` })
  @ValidateNested({ each: true })
  @Type(() => AimPriorityDto)
  priorities!: AimPriorityDto[];

  @ApiProperty({ type: [String], description: 'The next steps for improvement.', example: ['Phonics training for Year 1 staff before half term'] })
  @IsArray({ message: listMessage('nextSteps', 'texts') })
  @ArrayMinSize(1, { message: 'nextSteps must list at least one step' })
  @ArrayMaxSize(MAX_ITEMS.nextSteps, { message: `nextSteps must list at most ${MAX_ITEMS.nextSteps} steps` })
  @IsString({ each: true, message: 'nextSteps must be a list of texts' })
  nextSteps!: string[];
}
