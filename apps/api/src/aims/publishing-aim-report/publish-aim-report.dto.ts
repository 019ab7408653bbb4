import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';
import { dateMessage, ISO_DATE_PATTERN, notEmptyMessage, textMessage } from '../aim-fields.js';

export class PublishAimReportDto {
  @ApiProperty({ description: "The report's summary: the next AIM's \"previous AIM report\".", example: 'Leadership is driving improvement in early reading; attendance remains the priority.' })
  @IsString({ message: textMessage('summary') })
  @IsNotEmpty({ message: notEmptyMessage('summary') })
  summary!: string;

  @ApiPropertyOptional({ description: 'The day it was published (on or after the meeting, not in the future); today when left out.', format: 'date', example: '2025-03-28' })
  @IsOptional()
  @IsString({ message: dateMessage('publishedOn') })
  @Matches(ISO_DATE_PATTERN, { message: dateMessage('publishedOn') })
  publishedOn?: string;
}
