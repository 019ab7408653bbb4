import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, ValidateNested } from 'class-validator';
import { MAX_FOCUS_ASPECTS, MAX_LINE_LENGTH } from '@trust/domain';
import { listMessage, textMessage } from '../../common/http/field-messages.js';
import { OnBehalfOfHeadteacherDto } from '../on-behalf-of-headteacher.dto.js';

export class FocusAspectDto {
  @ApiProperty({ description: 'An aspect of the Academy Improvement Plan.', example: 'Phonics in Year 1', maxLength: MAX_LINE_LENGTH })
  @IsString({ message: textMessage('aspect') })
  aspect!: string;

  @ApiProperty({ enum: ['red', 'amber', 'green'], description: "The host headteacher's RAG rating of it.", example: 'amber' })
  @IsString({ message: textMessage('rag') })
  rag!: string;
}

export class SetVisitFocusDto extends OnBehalfOfHeadteacherDto {
  @ApiProperty({ type: [FocusAspectDto], description: 'One or two aspects of the improvement plan, RAG rated.' })
  @IsArray({ message: listMessage('aspects') })
  @ArrayMaxSize(MAX_FOCUS_ASPECTS, { message: `aspects must list at most ${MAX_FOCUS_ASPECTS} aspects` })
  @ValidateNested({ each: true })
  @Type(() => FocusAspectDto)
  aspects!: FocusAspectDto[];
}
