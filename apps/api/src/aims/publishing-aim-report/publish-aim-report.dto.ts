import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString } from 'class-validator';
import { notEmptyMessage, textMessage } from '../aim-fields.js';

export class PublishAimReportDto {
  @ApiProperty({ description: "The report's summary: the next AIM's \"previous AIM report\".", example: 'Leadership is driving improvement in early reading; attendance remains the priority.' })
  @IsString({ message: textMessage('summary') })
  @IsNotEmpty({ message: notEmptyMessage('summary') })
  summary!: string;
}
