import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { ROLES, type Role } from '@trust/tokens';
import { URN_PATTERN } from '../common/http/academy-id.pipe.js';
import { IsFreeText } from '../common/http/domain-rules.js';
import { oneOfMessage } from '../common/http/field-messages.js';

export const MAX_NAME_LENGTH = 100;

export class DevelopmentSignInDto {
  @ApiProperty({ enum: ROLES, example: 'governor' })
  @IsIn(ROLES, { message: oneOfMessage('role', ROLES) })
  role!: Role;

  @ApiPropertyOptional({ description: 'The academy (URN) of a headteacher, governor or SIP: required for those roles, ignored for the others.', example: '142567', pattern: '^\\d{6}$' })
  @IsOptional()
  @IsString({ message: 'academy must be an academy URN of exactly 6 digits' })
  @Matches(URN_PATTERN, { message: 'academy must be an academy URN of exactly 6 digits' })
  academy?: string;

  @ApiProperty({ description: 'The name shown on every page and recorded with what the user does.', example: 'Gail Governor', maxLength: MAX_NAME_LENGTH })
  @IsFreeText(MAX_NAME_LENGTH)
  name!: string;
}
