import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ACADEMY_ID_PATTERN, ACADEMY_PHASES, MAX_ITEMS, MAX_NAME_LENGTH, type AcademyPhase } from '@trust/domain';
import { maxLengthMessage } from '../../common/http/field-messages.js';
import { URN_PATTERN } from '../../common/http/academy-id.pipe.js';
import { IsIsoDate } from '../../common/http/domain-rules.js';

export class RegisterAcademyDto {
  @ApiProperty({ description: 'The academy URN: 6 digits, as a string.', example: '138201', pattern: ACADEMY_ID_PATTERN })
  @IsString({ message: 'academyId must be a string' })
  @Matches(URN_PATTERN, { message: 'academyId must be an academy URN of exactly 6 digits' })
  academyId!: string;

  @ApiProperty({ example: 'Oakfield Primary Academy', maxLength: MAX_NAME_LENGTH })
  @IsString({ message: 'name must be a string' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(MAX_NAME_LENGTH, { message: maxLengthMessage('name', MAX_NAME_LENGTH) })
  name!: string;

  @ApiProperty({ enum: ACADEMY_PHASES, example: 'primary' })
  @IsIn(ACADEMY_PHASES, { message: `phase must be one of: ${ACADEMY_PHASES.join(', ')}` })
  phase!: AcademyPhase;

  @ApiProperty({ description: 'The hub the academy belongs to.', example: 'North', maxLength: MAX_NAME_LENGTH })
  @IsString({ message: 'hub must be a string' })
  @IsNotEmpty({ message: 'hub must not be empty' })
  @MaxLength(MAX_NAME_LENGTH, { message: maxLengthMessage('hub', MAX_NAME_LENGTH) })
  hub!: string;

  @ApiProperty({ description: 'The day the academy joined the trust.', format: 'date', example: '2019-09-01' })
  @IsIsoDate()
  joinedOn!: string;

  @ApiPropertyOptional({
    description: 'URNs the school held before converting or being re-brokered.',
    type: [String],
    example: ['117301'],
  })
  @IsOptional()
  @IsArray({ message: 'predecessorUrns must be an array of URNs' })
  @ArrayMaxSize(MAX_ITEMS.predecessorUrns, { message: `predecessorUrns must list at most ${MAX_ITEMS.predecessorUrns} URNs` })
  @Matches(URN_PATTERN, { each: true, message: 'each of predecessorUrns must be an academy URN of exactly 6 digits' })
  predecessorUrns?: string[];
}
