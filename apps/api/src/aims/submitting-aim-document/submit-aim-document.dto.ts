import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsIsoDate } from '../../common/http/domain-rules.js';
import { AIM_DOCUMENT_TYPES, RAG_RATINGS, type AimDocumentType, type RagRating } from '@trust/domain';
import { oneOfMessage } from '../../common/http/field-messages.js';

export class SubmitAimDocumentDto {
  @ApiProperty({ enum: AIM_DOCUMENT_TYPES, description: 'Seed 003: the documents circulated to the improvement director a week before the AIM.', example: 'sef' })
  @IsIn(AIM_DOCUMENT_TYPES, { message: oneOfMessage('type', AIM_DOCUMENT_TYPES) })
  type!: AimDocumentType;

  @ApiPropertyOptional({ enum: RAG_RATINGS, nullable: true, description: 'Required for the previous AIM report and the pupil premium strategy (circulated RAG rated); left out for the others.', example: 'amber' })
  @IsOptional()
  @IsIn(RAG_RATINGS, { message: oneOfMessage('rag', RAG_RATINGS) })
  rag?: RagRating | null;

  @ApiPropertyOptional({ format: 'date', description: "Only for an AIM recorded after the fact (scheduled once its day had passed): the day the document came in, not after the AIM's day. For any other AIM the server dates the document, and a day here is refused (400).", example: '2024-11-04' })
  @IsOptional()
  @IsIsoDate()
  submittedOn?: string;
}
