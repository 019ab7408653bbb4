import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { IsIsoDate } from '../../common/http/domain-rules.js';
import { notEmptyMessage, textMessage } from '../../common/http/field-messages.js';

export class PublishAimReportDto {
  @ApiProperty({ description: "The report's summary: the next AIM's \"previous AIM report\".", example: 'Leadership is driving improvement in early reading; attendance remains the priority.' })
  @IsString({ message: textMessage('summary') })
  @IsNotEmpty({ message: notEmptyMessage('summary') })
  summary!: string;

  @ApiPropertyOptional({ format: 'date', description: "Only for an AIM recorded after the fact: the day the report was published, from the meeting's day to today. Otherwise the server dates it, and a day here is refused (400).", example: '2024-11-20' })
  @IsOptional()
  @IsIsoDate()
  publishedOn?: string;
}
