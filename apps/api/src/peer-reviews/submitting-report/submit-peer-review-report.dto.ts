import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsIsoDate } from '../../common/http/domain-rules.js';
import { textMessage } from '../../common/http/field-messages.js';
import { OnBehalfOfHeadteacherDto } from '../on-behalf-of-headteacher.dto.js';

export class SubmitPeerReviewReportDto extends OnBehalfOfHeadteacherDto {
  @ApiProperty({ description: "The lead headteacher's short summary report.", example: 'Phonics is well led; reading books need aligning with the scheme.' })
  @IsString({ message: textMessage('summary') })
  summary!: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only for a visit recorded after the fact (entered in the diary once it had taken place): the day the report was sent, from the visit to today. Otherwise the server dates it, and a day here is refused (400).', example: '2024-11-14' })
  @IsOptional()
  @IsIsoDate()
  submittedOn?: string;
}
