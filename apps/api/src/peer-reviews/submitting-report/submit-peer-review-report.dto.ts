import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { OnBehalfOfHeadteacherDto, textMessage } from '../peer-review-fields.js';

export class SubmitPeerReviewReportDto extends OnBehalfOfHeadteacherDto {
  @ApiProperty({ description: "The lead headteacher's short summary report.", example: 'Phonics is well led; reading books need aligning with the scheme.' })
  @IsString({ message: textMessage('summary') })
  summary!: string;
}
