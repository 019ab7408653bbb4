import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, ValidateIf } from 'class-validator';
import { EXPERTISE_AREAS, MAX_ITEMS, MAX_LABEL_LENGTH, MAX_NAME_LENGTH, SUPPORT_ROLES } from '@trust/domain';
import { listMessage, textMessage } from '../common/http/field-messages.js';

/** An entry of the database of expertise as it should stand (PUT replaces the whole entry). The domain checks every field. */
export class ExpertiseProfileDto {
  @ApiProperty({ example: 'Priya Shah', maxLength: MAX_NAME_LENGTH })
  @IsString({ message: textMessage('name') })
  name!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The academy employing them (URN); null for staff the trust employs centrally (must be null for the improvement director and hub leads).',
    example: '147851',
  })
  @ValidateIf((dto: ExpertiseProfileDto) => dto.academyId !== null)
  @IsString({ message: 'academyId must be an academy URN of exactly 6 digits, or null for staff the trust employs centrally' })
  academyId!: string | null;

  @ApiProperty({ enum: SUPPORT_ROLES, description: "Their role on the rate card, so support brokered from the database is recharged at the right rate.", example: 'teacher' })
  @IsString({ message: textMessage('role') })
  role!: string;

  @ApiProperty({ type: [String], enum: EXPERTISE_AREAS, description: 'Their areas of strength.', example: ['phonics', 'early-reading'] })
  @IsArray({ message: listMessage('areas') })
  @ArrayMaxSize(EXPERTISE_AREAS.length, { message: `areas must list at most ${EXPERTISE_AREAS.length} areas` })
  areas!: string[];

  @ApiPropertyOptional({ type: [String], description: `Other strengths, as free text (at most ${MAX_ITEMS.otherAreas} of ${MAX_LABEL_LENGTH} characters).`, example: ['Talk for Writing'] })
  @IsOptional()
  @IsArray({ message: listMessage('otherAreas') })
  otherAreas?: string[];
}

export class RegisterExpertiseDto extends ExpertiseProfileDto {
  @ApiProperty({ description: "The member of staff's id: 1 to 64 letters, digits, hyphens or underscores.", example: 'priya-shah' })
  @IsString({ message: textMessage('staffId') })
  staffId!: string;
}
