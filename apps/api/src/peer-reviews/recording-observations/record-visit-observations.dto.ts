import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsOptional } from 'class-validator';
import { MAX_ITEMS } from '@trust/domain';
import { listMessage } from '../../common/http/field-messages.js';
import { OnBehalfOfHeadteacherDto } from '../on-behalf-of-headteacher.dto.js';

export class RecordVisitObservationsDto extends OnBehalfOfHeadteacherDto {
  @ApiPropertyOptional({ type: [String], description: `The visitor's own observations of the visit (0 to ${MAX_ITEMS.observations}).`, example: ['Phonics groups well matched to need'] })
  @IsOptional()
  @IsArray({ message: listMessage('observations') })
  observations?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: `Concerns of a safeguarding nature the visitor raises (0 to ${MAX_ITEMS.safeguardingConcerns}): each is flagged for escalation to the chief executive (GET /safeguarding-concerns). At least one observation or concern.`,
    example: ['Side gate left unlocked during the school day'],
  })
  @IsOptional()
  @IsArray({ message: listMessage('safeguardingConcerns') })
  safeguardingConcerns?: string[];
}
