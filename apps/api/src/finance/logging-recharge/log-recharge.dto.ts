import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsNumber, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { ACADEMY_ID_PATTERN, MAX_TEXT_LENGTH, SUPPORT_ROLES, type SupportRole } from '@trust/domain';
import { URN_PATTERN } from '../../common/http/academy-id.pipe.js';
import { daysMessage, maxLengthMessage, notEmptyMessage, oneOfMessage, textMessage } from '../../common/http/field-messages.js';
import { DAYS_DESCRIPTION } from '../support-days.js';
import { IsIsoDate } from '../../common/http/domain-rules.js';
import { CommitmentIdProperty } from '../../common/plans/commitment-id.dto.js';

const providerAcademyMessage = 'providerAcademyId must be an academy URN of exactly 6 digits, or null for staff the trust employs centrally';

export class LogRechargeDto {
  @ApiProperty({ description: 'The academy supported, which is charged.', example: '138201', pattern: ACADEMY_ID_PATTERN })
  @IsString({ message: 'supportedAcademyId must be an academy URN of exactly 6 digits' })
  @Matches(URN_PATTERN, { message: 'supportedAcademyId must be an academy URN of exactly 6 digits' })
  supportedAcademyId!: string;

  @ApiProperty({ enum: SUPPORT_ROLES, description: 'Who gave the support: it sets the day rate.', example: 'teacher' })
  @IsIn(SUPPORT_ROLES, { message: oneOfMessage('providerRole', SUPPORT_ROLES) })
  providerRole!: SupportRole;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "The academy whose member of staff gave the support, which earns the income; null for staff the trust employs centrally (the trust centre's income). " +
      'Must be null for the improvement director and hub leads, and an academy for a headteacher.',
    example: '141023',
  })
  @ValidateIf((dto: LogRechargeDto) => dto.providerAcademyId !== null)
  @IsString({ message: providerAcademyMessage })
  @Matches(URN_PATTERN, { message: providerAcademyMessage })
  providerAcademyId!: string | null;

  @ApiProperty({ description: DAYS_DESCRIPTION, example: 1.5 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: daysMessage('days') })
  days!: number;

  @ApiProperty({ description: 'The day the support was given (not in the future): its academic year\'s rate card prices it.', format: 'date', example: '2024-11-12' })
  @IsIsoDate()
  deliveredOn!: string;

  @ApiProperty({ example: 'Phonics development: modelling and coaching in Year 1', maxLength: MAX_TEXT_LENGTH })
  @IsString({ message: textMessage('description') })
  @IsNotEmpty({ message: notEmptyMessage('description') })
  @MaxLength(MAX_TEXT_LENGTH, { message: maxLengthMessage('description', MAX_TEXT_LENGTH) })
  description!: string;

  @CommitmentIdProperty("the supported academy's")
  commitmentId?: string;
}
