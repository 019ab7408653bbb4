import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { AIM_DOCUMENT_TYPES, RAG_RATINGS, type AimDocumentType, type RagRating } from '@trust/domain';
import { dateMessage, ISO_DATE_PATTERN, oneOfMessage } from '../aim-fields.js';

export class SubmitAimDocumentDto {
  @ApiProperty({ enum: AIM_DOCUMENT_TYPES, description: 'Seed 003: the documents circulated to the improvement director a week before the AIM.', example: 'sef' })
  @IsIn(AIM_DOCUMENT_TYPES, { message: oneOfMessage('type', AIM_DOCUMENT_TYPES) })
  type!: AimDocumentType;

  @ApiPropertyOptional({ enum: RAG_RATINGS, nullable: true, description: 'Required for the previous AIM report and the pupil premium strategy (circulated RAG rated); left out for the others.', example: 'amber' })
  @IsOptional()
  @IsIn(RAG_RATINGS, { message: oneOfMessage('rag', RAG_RATINGS) })
  rag?: RagRating | null;

  @ApiPropertyOptional({ description: 'The day it was circulated (not in the future); today when left out.', format: 'date', example: '2025-03-18' })
  @IsOptional()
  @IsString({ message: dateMessage('submittedOn') })
  @Matches(ISO_DATE_PATTERN, { message: dateMessage('submittedOn') })
  submittedOn?: string;
}
