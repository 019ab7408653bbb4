import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import {
  ACADEMIC_YEAR_PATTERN,
  BUDGET_AGREEMENT_ROLES,
  MAX_ITEMS,
  MAX_NAME_LENGTH,
  MAX_PENCE,
  type BudgetAgreementRole,
} from '@trust/domain';
import { maxLengthMessage, notEmptyMessage, oneOfMessage, textMessage } from '../../common/http/field-messages.js';
import { IsAcademicYear, IsPence } from '../../common/http/domain-rules.js';

export class BudgetAgreementPartyDto {
  @ApiProperty({ example: 'Ann Head', maxLength: MAX_NAME_LENGTH })
  @IsString({ message: textMessage('name') })
  @IsNotEmpty({ message: notEmptyMessage('name') })
  @MaxLength(MAX_NAME_LENGTH, { message: maxLengthMessage('name', MAX_NAME_LENGTH) })
  name!: string;

  @ApiProperty({ enum: BUDGET_AGREEMENT_ROLES, example: 'headteacher' })
  @IsIn(BUDGET_AGREEMENT_ROLES, { message: oneOfMessage('role', BUDGET_AGREEMENT_ROLES) })
  role!: BudgetAgreementRole;
}

export class AgreeImprovementBudgetDto {
  @ApiProperty({ example: '2024/25', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;

  @ApiProperty({ description: 'The improvement budget for the year, in pence.', example: 600_000, minimum: 0, maximum: MAX_PENCE })
  @IsPence()
  amountPence!: number;

  @ApiProperty({
    type: [BudgetAgreementPartyDto],
    description:
      'Who agreed it. Seed 003: agreed each year between the headteacher, the academy improvement director, the chief executive and the finance director; all four must be named (422 otherwise).',
  })
  @IsArray({ message: 'agreedBy must be a list of { name, role }' })
  @ArrayMaxSize(MAX_ITEMS.agreedBy, { message: `agreedBy must list at most ${MAX_ITEMS.agreedBy} people` })
  @ValidateNested({ each: true })
  @Type(() => BudgetAgreementPartyDto)
  agreedBy!: BudgetAgreementPartyDto[];
}
