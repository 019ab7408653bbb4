import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsOptional, IsString } from 'class-validator';
import { MAX_ITEMS } from '@trust/domain';
import { listMessage, textMessage } from '../../common/http/field-messages.js';
import { OnBehalfOfHeadteacherDto } from '../on-behalf-of-headteacher.dto.js';

export class RecordVisitDto extends OnBehalfOfHeadteacherDto {
  @ApiProperty({ description: "The lead headteacher's feedback to the host headteacher, on the focus of the visit.", example: 'Strong start to phonics; align reading books with the scheme.' })
  @IsString({ message: textMessage('feedback') })
  feedback!: string;

  @ApiProperty({ type: [String], description: `Actions to accomplish by the next AIM (0 to ${MAX_ITEMS.actionsForNextAim}).`, example: ['Audit reading books against the phonics scheme'] })
  @IsArray({ message: listMessage('actionsForNextAim') })
  actionsForNextAim!: string[];

  @ApiPropertyOptional({
    type: [String],
    description: `The recorder's own observations (0 to ${MAX_ITEMS.observations}), if given here rather than on …/observations. Safeguarding concerns are never part of this record: they go on …/observations, which nothing recorded before refuses.`,
    example: ['Phonics groups well matched to need'],
  })
  @IsOptional()
  @IsArray({ message: listMessage('observations') })
  observations?: string[];
}
