import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { MAX_TEXT_LENGTH, RAG_RATINGS, RATING_SOURCES } from '@trust/domain';
import { IsIsoDate } from '../../common/http/domain-rules.js';
import { oneOfMessage, textMessage } from '../../common/http/field-messages.js';

export class RatePlanPriorityDto {
  @ApiProperty({ enum: RAG_RATINGS, example: 'amber' })
  @IsIn(RAG_RATINGS, { message: oneOfMessage('rating', RAG_RATINGS) })
  rating!: string;

  @ApiPropertyOptional({
    format: 'date',
    description: "The day it was rated (an AIM's day; a week before a visit): within the plan's academic year (422 otherwise) and not in the future. Today when left out.",
    example: '2025-11-05',
  })
  @IsOptional()
  @IsIsoDate()
  ratedOn?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Writing moderated with the hub; still below national.', maxLength: MAX_TEXT_LENGTH })
  @IsOptional()
  @IsString({ message: textMessage('comment') })
  comment?: string | null;

  @ApiProperty({
    enum: RATING_SOURCES,
    description: '`direct`: on the plan; `aim`: at an AIM (with `aimId`, one of the academy\'s AIMs, 422 otherwise); `peer-visit`: the host headteacher\'s rating a week before a peer review visit (with `visitId`).',
    example: 'aim',
  })
  @IsIn(RATING_SOURCES, { message: oneOfMessage('source', RATING_SOURCES) })
  source!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The AIM, for source `aim` only.', example: '5f0c6d0e-0d1c-4c56-9d3e-4b5e0f1a2b3c' })
  @IsOptional()
  @IsString({ message: textMessage('aimId') })
  aimId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The peer review visit, for source `peer-visit` only.', example: 'visit-7' })
  @IsOptional()
  @IsString({ message: textMessage('visitId') })
  visitId?: string | null;
}
