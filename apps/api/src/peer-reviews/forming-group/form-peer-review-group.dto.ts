import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, ValidateNested } from 'class-validator';
import { ACADEMY_ID_PATTERN, MAX_ITEMS, MAX_NAME_LENGTH } from '@trust/domain';
import { listMessage, textMessage } from '../../common/http/field-messages.js';

export class PeerReviewMemberDto {
  @ApiProperty({ description: "The headteacher's user id: the `sub` of their token.", example: 'ht-oak' })
  @IsString({ message: textMessage('headteacherId') })
  headteacherId!: string;

  @ApiProperty({ example: 'Ann Oak' })
  @IsString({ message: textMessage('name') })
  name!: string;

  @ApiProperty({ description: 'Their academy (URN).', example: '138201', pattern: ACADEMY_ID_PATTERN })
  @IsString({ message: textMessage('academyId') })
  academyId!: string;
}

export class FormPeerReviewGroupDto {
  @ApiProperty({ example: 'North hub peer review group', maxLength: MAX_NAME_LENGTH })
  @IsString({ message: textMessage('name') })
  name!: string;

  @ApiProperty({ description: 'The academic year the group visits in: a past one records the trust\'s past programme.', example: '2025/26' })
  @IsString({ message: textMessage('academicYear') })
  academicYear!: string;

  @ApiProperty({ type: [PeerReviewMemberDto], description: `One headteacher per academy, two academies or more (at most ${MAX_ITEMS.members}).` })
  @IsArray({ message: listMessage('members') })
  @ArrayMaxSize(MAX_ITEMS.members, { message: `members must list at most ${MAX_ITEMS.members} academies` })
  @ValidateNested({ each: true })
  @Type(() => PeerReviewMemberDto)
  members!: PeerReviewMemberDto[];

  @ApiProperty({ description: "The lead headteacher: one of the members' headteacherId.", example: 'ht-ash' })
  @IsString({ message: textMessage('leadHeadteacherId') })
  leadHeadteacherId!: string;
}
