import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * Validation shared by the peer review routes: class-validator checks the shape; the domain checks the rules
 * and names the field it refuses (400, 404, 409 or 422).
 */
export const MAX_ID_LENGTH = 200;
export const textMessage = (field: string): string => `${field} must be a string`;
export const listMessage = (field: string): string => `${field} must be a list`;

/** The headteacher a visit's focus, observations, record or report is given as: for the chief executive entering it on their behalf. */
export class OnBehalfOfHeadteacherDto {
  @ApiPropertyOptional({
    description:
      "Only for trust-admin entering it on a headteacher's behalf: that headteacher's id. A headteacher leaves it out (it is the `sub` of their token), and so does the facilitating improvement director (named by their user id).",
    example: 'ht-oak',
    maxLength: MAX_ID_LENGTH,
  })
  @IsOptional()
  @IsString({ message: textMessage('headteacherId') })
  @IsNotEmpty({ message: 'headteacherId must not be empty' })
  @MaxLength(MAX_ID_LENGTH, { message: `headteacherId must be at most ${MAX_ID_LENGTH} characters` })
  headteacherId?: string;
}

