import { ApiProperty } from '@nestjs/swagger';
import { IsArray, IsString } from 'class-validator';
import { listMessage, textMessage } from '../peer-review-fields.js';

export class RecordVisitDto {
  @ApiProperty({ type: [String], description: "The visiting headteachers' observations (1 to 50).", example: ['Phonics groups well matched to need'] })
  @IsArray({ message: listMessage('observations') })
  observations!: string[];

  @ApiProperty({ description: "The lead headteacher's feedback to the host headteacher.", example: 'Strong start to phonics; align reading books with the scheme.' })
  @IsString({ message: textMessage('feedback') })
  feedback!: string;

  @ApiProperty({ type: [String], description: 'Actions to accomplish by the next AIM (0 to 30).', example: ['Audit reading books against the phonics scheme'] })
  @IsArray({ message: listMessage('actionsForNextAim') })
  actionsForNextAim!: string[];

  @ApiProperty({
    type: [String],
    description: 'Concerns of a safeguarding nature raised on the visit (0 to 20): each is flagged for escalation to the chief executive (GET /safeguarding-concerns).',
    example: [],
  })
  @IsArray({ message: listMessage('safeguardingConcerns') })
  safeguardingConcerns!: string[];
}
