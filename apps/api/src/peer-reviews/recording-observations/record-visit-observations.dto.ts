import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsOptional } from 'class-validator';
import { listMessage, OnBehalfOfHeadteacherDto } from '../peer-review-fields.js';

export class RecordVisitObservationsDto extends OnBehalfOfHeadteacherDto {
  @ApiPropertyOptional({ type: [String], description: "The visitor's own observations of the visit (0 to 50).", example: ['Phonics groups well matched to need'] })
  @IsOptional()
  @IsArray({ message: listMessage('observations') })
  observations?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Concerns of a safeguarding nature the visitor raises (0 to 20): each is flagged for escalation to the chief executive (GET /safeguarding-concerns). At least one observation or concern.',
    example: ['Side gate left unlocked during the school day'],
  })
  @IsOptional()
  @IsArray({ message: listMessage('safeguardingConcerns') })
  safeguardingConcerns?: string[];
}
