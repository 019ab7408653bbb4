import { ApiProperty } from '@nestjs/swagger';
import { SUPPORT_TIERS } from '@trust/domain';

// OpenAPI documentation of GET /compliance (projections/compliance) as the API answers it.

export class RequiredAndHeldDto {
  @ApiProperty({ type: 'integer', nullable: true, description: 'What the tier requires in the year; null while no tier is decided.', example: 3 }) required!: number | null;
  @ApiProperty({ type: 'integer', description: 'Held in the year (with on, dated by then).', example: 2 }) held!: number;
}

export class ReviewsRequiredAndHeldDto extends RequiredAndHeldDto {
  @ApiProperty({ type: String, nullable: true, enum: ['annual', 'termly'], description: 'Termly for Tier 3; null while no tier is decided.' }) cadence!: string | null;
}

export class CoreDaysDto {
  @ApiProperty({ type: 'integer', description: 'Core improvement director days an academy is entitled to each year, not recharged.', example: 6 }) entitled!: number;
  @ApiProperty({ description: 'Core days used in the year (in half days): those logged plus the days of each AIM held (1, or 1.5 for a one-and-a-half-day AIM); with on, those dated by then.', example: 2.5 }) used!: number;
}

export class AimsDto {
  @ApiProperty({ type: 'integer', description: 'Academy Improvement Meetings expected each year (included in the core days).', example: 3 }) expected!: number;
  @ApiProperty({ type: 'integer', description: 'AIMs of the year held (with on, held by then); scheduled ones do not count until held.', example: 1 }) held!: number;
}

export class SupportLeadDto {
  @ApiProperty({ enum: ['Academy Led', 'Trust Led'] }) name!: string;
  @ApiProperty() description!: string;
}

export class SupportPackageDto {
  @ApiProperty({ type: SupportLeadDto }) lead!: SupportLeadDto;
  @ApiProperty({ type: [String], description: 'The trust support listed for the tier in the school improvement model.' }) trustSupport!: string[];
}

export class ComplianceEntryDto {
  @ApiProperty({ example: '138201' }) academyId!: string;
  @ApiProperty({ example: 'Oakfield Primary Academy' }) name!: string;
  @ApiProperty({ type: 'integer', nullable: true, enum: SUPPORT_TIERS, description: "The year's tier: its latest decision (a revision replaces the first); null while none is decided." })
  tier!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The decision that tier comes from (see the tier history).' }) decisionId!: string | null;
  @ApiProperty({ type: RequiredAndHeldDto, description: 'School Improvement Partner visits dated in the year: at least 1 (Tier 1) or 3 (Tiers 2 and 3).' })
  sipVisits!: RequiredAndHeldDto;
  @ApiProperty({ type: ReviewsRequiredAndHeldDto, description: 'Trust-commissioned reviews of the year: 1 (Tiers 1 and 2) or 3, termly (Tier 3).' })
  reviews!: ReviewsRequiredAndHeldDto;
  @ApiProperty({ type: AimsDto }) aims!: AimsDto;
  @ApiProperty({ type: CoreDaysDto }) coreDays!: CoreDaysDto;
  @ApiProperty({ type: SupportPackageDto, nullable: true, description: 'The support package of the tier; null while none is decided.' }) supportPackage!: SupportPackageDto | null;
}

export class ComplianceDto {
  @ApiProperty({ example: '2024/25' }) academicYear!: string;
  @ApiProperty({ type: [ComplianceEntryDto], description: 'Every academy that had joined the trust by the end of the year (with on, by then), by URN.' }) academies!: ComplianceEntryDto[];
}
