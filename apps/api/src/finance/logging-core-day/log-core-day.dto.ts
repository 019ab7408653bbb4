import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsString, MaxLength } from 'class-validator';
import { MAX_TEXT_LENGTH } from '@trust/domain';
import { daysMessage, maxLengthMessage, notEmptyMessage, textMessage } from '../../common/http/field-messages.js';
import { DAYS_DESCRIPTION } from '../support-days.js';
import { IsIsoDate } from '../../common/http/domain-rules.js';
import { CommitmentIdProperty } from '../../common/plans/commitment-id.dto.js';

export class LogCoreDayDto {
  @ApiProperty({ description: 'The day the support was given (not in the future); its academic year is the entitlement it counts against.', format: 'date', example: '2024-10-08' })
  @IsIsoDate()
  deliveredOn!: string;

  @ApiProperty({ description: DAYS_DESCRIPTION, example: 1 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: daysMessage('days') })
  days!: number;

  @ApiProperty({ example: 'Autumn Academy Improvement Meeting', maxLength: MAX_TEXT_LENGTH })
  @IsString({ message: textMessage('description') })
  @IsNotEmpty({ message: notEmptyMessage('description') })
  @MaxLength(MAX_TEXT_LENGTH, { message: maxLengthMessage('description', MAX_TEXT_LENGTH) })
  description!: string;

  @CommitmentIdProperty("the academy's")
  commitmentId?: string;
}
