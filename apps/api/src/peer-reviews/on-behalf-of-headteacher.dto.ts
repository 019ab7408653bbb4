import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_PERSON_ID_LENGTH } from '@trust/domain';
import { maxLengthMessage, notEmptyMessage, textMessage } from '../common/http/field-messages.js';

/** The headteacher a visit's focus, observations, record or report is given as: for the chief executive entering it on their behalf. */
export class OnBehalfOfHeadteacherDto {
  @ApiPropertyOptional({
    description:
      "Only for trust-admin entering it on a headteacher's behalf: that headteacher's id. A headteacher leaves it out (it is the `sub` of their token), and so does the facilitating improvement director (named by their user id).",
    example: 'ht-oak',
    maxLength: MAX_PERSON_ID_LENGTH,
  })
  @IsOptional()
  @IsString({ message: textMessage('headteacherId') })
  @IsNotEmpty({ message: notEmptyMessage('headteacherId') })
  @MaxLength(MAX_PERSON_ID_LENGTH, { message: maxLengthMessage('headteacherId', MAX_PERSON_ID_LENGTH) })
  headteacherId?: string;
}
