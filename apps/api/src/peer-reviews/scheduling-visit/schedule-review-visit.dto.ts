import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString } from 'class-validator';
import { MAX_ITEMS } from '@trust/domain';
import { listMessage, textMessage } from '../../common/http/field-messages.js';

export class ScheduleReviewVisitDto {
  @ApiProperty({ description: 'The academy visited (URN): one of the group\'s.', example: '138201' })
  @IsString({ message: textMessage('hostAcademyId') })
  hostAcademyId!: string;

  @ApiProperty({ description: 'A school day in the group\'s academic year. A past day records a visit after the fact: its report is then not chased.', format: 'date', example: '2026-01-21' })
  @IsString({ message: textMessage('visitDate') })
  visitDate!: string;

  @ApiProperty({ type: [String], description: 'The visiting headteachers (members other than the host\'s headteacher).', example: ['ht-elm'] })
  @IsArray({ message: listMessage('reviewerIds') })
  @ArrayMaxSize(MAX_ITEMS.reviewerIds, { message: `reviewerIds must list at most ${MAX_ITEMS.reviewerIds} headteachers` })
  reviewerIds!: string[];

  @ApiPropertyOptional({ type: String, nullable: true, description: "Who leads this visit, when not the group's lead (never the host's headteacher).", example: 'ht-ash' })
  @IsOptional()
  @IsString({ message: textMessage('leadHeadteacherId') })
  leadHeadteacherId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The user id of the improvement director or hub improvement lead who attends and facilitates: an attendee, so a reader of the visit.',
    example: 'dee',
  })
  @IsOptional()
  @IsString({ message: textMessage('facilitatorUserId') })
  facilitatorUserId?: string | null;
}
