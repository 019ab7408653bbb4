import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { AIM_FORMATS, MAX_TEXT_LENGTH, type AimFormat } from '@trust/domain';
import { maxLengthMessage, notEmptyMessage, oneOfMessage, textMessage } from '../../common/http/field-messages.js';
import { IsIsoDate } from '../../common/http/domain-rules.js';

export class ScheduleAimDto {
  @ApiProperty({ description: 'The day of the AIM: a school day (Monday to Friday). Its documents fall due a week before. A past day records a meeting after the fact: its documents are not chased, and it may then be prepared, held and reported on with the days those happened.', format: 'date', example: '2025-03-26' })
  @IsIsoDate()
  date!: string;

  @ApiProperty({
    enum: AIM_FORMATS,
    description: 'Seed 003: a one-day AIM (9–1, meeting 2–4) or a one-and-a-half-day AIM (9–4, meeting the next day 9–11). Counts 1 or 1.5 of the academy\'s core days.',
    example: 'one-day',
  })
  @IsIn(AIM_FORMATS, { message: oneOfMessage('format', AIM_FORMATS) })
  format!: AimFormat;

  @ApiPropertyOptional({ type: String, description: 'A focus proposed now; it is agreed with the headteacher a week before (POST /aims/:aimId/focus).', example: 'Early reading in Key Stage 1', maxLength: MAX_TEXT_LENGTH, nullable: true })
  @IsOptional()
  @IsString({ message: textMessage('focus') })
  @IsNotEmpty({ message: notEmptyMessage('focus') })
  @MaxLength(MAX_TEXT_LENGTH, { message: maxLengthMessage('focus', MAX_TEXT_LENGTH) })
  focus?: string | null;
}
