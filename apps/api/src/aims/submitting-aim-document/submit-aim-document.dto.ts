import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { AIM_DOCUMENT_TYPES, RAG_RATINGS, type AimDocumentType, type RagRating } from '@trust/domain';
import { oneOfMessage } from '../aim-fields.js';

export class SubmitAimDocumentDto {
  @ApiProperty({ enum: AIM_DOCUMENT_TYPES, description: 'Seed 003: the documents circulated to the improvement director a week before the AIM.', example: 'sef' })
  @IsIn(AIM_DOCUMENT_TYPES, { message: oneOfMessage('type', AIM_DOCUMENT_TYPES) })
  type!: AimDocumentType;

  @ApiPropertyOptional({ enum: RAG_RATINGS, nullable: true, description: 'Required for the previous AIM report and the pupil premium strategy (circulated RAG rated); left out for the others.', example: 'amber' })
  @IsOptional()
  @IsIn(RAG_RATINGS, { message: oneOfMessage('rag', RAG_RATINGS) })
  rag?: RagRating | null;
}
