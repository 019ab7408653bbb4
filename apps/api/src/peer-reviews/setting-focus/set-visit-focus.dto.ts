import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, ValidateNested } from 'class-validator';
import { MAX_FOCUS_ASPECTS, MAX_LINE_LENGTH } from '@trust/domain';
import { listMessage, textMessage } from '../../common/http/field-messages.js';
import { OnBehalfOfHeadteacherDto } from '../on-behalf-of-headteacher.dto.js';

export class FocusAspectDto {
  @ApiPropertyOptional({
    description:
      "An aspect of the Academy Improvement Plan, in words. Required unless `planPriorityId` names a priority of the host's plan; with it, left out (the priority's title is taken) or the title itself.",
    example: 'Phonics in Year 1',
    maxLength: MAX_LINE_LENGTH,
  })
  @IsOptional()
  @IsString({ message: textMessage('aspect') })
  aspect?: string;

  @ApiProperty({ enum: ['red', 'amber', 'green'], description: "The host headteacher's RAG rating of it.", example: 'amber' })
  @IsString({ message: textMessage('rag') })
  rag!: string;

  @ApiPropertyOptional({
    description:
      "The id of the priority of the host academy's improvement plan for the visit's academic year that the aspect is (once per focus): the host's rating of it. " +
      'Required when the host has a plan for that year (422 otherwise, naming `aspects[i].planPriorityId`); refused (422) when it has none, or its plan has no such priority.',
    example: 'p-phonics',
  })
  @IsOptional()
  @IsString({ message: textMessage('planPriorityId') })
  planPriorityId?: string;
}

export class SetVisitFocusDto extends OnBehalfOfHeadteacherDto {
  @ApiProperty({
    type: [FocusAspectDto],
    description: "One or two aspects of the improvement plan, RAG rated: when the host has a plan for the visit's academic year, each names one of its priorities (`planPriorityId`).",
  })
  @IsArray({ message: listMessage('aspects') })
  @ArrayMaxSize(MAX_FOCUS_ASPECTS, { message: `aspects must list at most ${MAX_FOCUS_ASPECTS} aspects` })
  @ValidateNested({ each: true })
  @Type(() => FocusAspectDto)
  aspects!: FocusAspectDto[];
}
