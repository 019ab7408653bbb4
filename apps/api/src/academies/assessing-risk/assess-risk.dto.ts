import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { MAX_ITEMS, MAX_NAME_LENGTH, RISK_LEVELS, type RiskLevel } from '@trust/domain';
import { maxLengthMessage, notEmptyMessage, oneOfMessage, textMessage } from '../../common/http/field-messages.js';
import { IsIsoDate } from '../../common/http/domain-rules.js';

export class RiskDto {
  @ApiProperty({ example: 'Staff turnover in Key Stage 2', maxLength: MAX_NAME_LENGTH })
  @IsString({ message: textMessage('title') })
  @IsNotEmpty({ message: notEmptyMessage('title') })
  @MaxLength(MAX_NAME_LENGTH, { message: maxLengthMessage('title', MAX_NAME_LENGTH) })
  title!: string;

  @ApiPropertyOptional({ type: String, description: 'Who owns the risk.', example: 'Headteacher', maxLength: MAX_NAME_LENGTH, nullable: true })
  @IsOptional()
  @IsString({ message: textMessage('owner') })
  @IsNotEmpty({ message: notEmptyMessage('owner') })
  @MaxLength(MAX_NAME_LENGTH, { message: maxLengthMessage('owner', MAX_NAME_LENGTH) })
  owner?: string | null;
}

export class AssessRiskDto {
  @ApiProperty({ description: 'The day of the assessment (not in the future).', format: 'date', example: '2024-07-01' })
  @IsIsoDate()
  assessedOn!: string;

  @ApiProperty({ enum: RISK_LEVELS, description: 'The risk of school improvement failure: high is a Tier 3 descriptor, medium a Tier 2 one.', example: 'low' })
  @IsIn(RISK_LEVELS, { message: oneOfMessage('level', RISK_LEVELS) })
  level!: RiskLevel;

  @ApiProperty({ type: [RiskDto], description: 'The risk register\'s entries (may be empty).' })
  @IsArray({ message: 'risks must be a list of risks, each { title, owner? }' })
  @ArrayMaxSize(MAX_ITEMS.risks, { message: `risks must list at most ${MAX_ITEMS.risks} risks` })
  @ValidateNested({ each: true })
  @Type(() => RiskDto)
  risks!: RiskDto[];
}
