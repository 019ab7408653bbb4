import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, ValidateNested } from 'class-validator';
import { ACADEMIC_YEAR_PATTERN, DEFAULT_RATES, MAX_DAY_RATE_PENCE, SUPPORT_ROLES, type RateCardRates, type SupportRole } from '@trust/domain';
import { IsAcademicYear } from '../../common/http/domain-rules.js';

const rateMessage = (role: string): string => `rates.${role} must be a whole number of pence per day`;
const RATE_DESCRIPTION = `Pence per day: a whole, even number (so half a day is whole pence), from 2 to ${MAX_DAY_RATE_PENCE}.`;

const ROLES_IN_WORDS: Record<SupportRole, string> = {
  'improvement-director': 'the improvement director',
  'hub-lead': 'hub leads',
  headteacher: 'headteachers',
  teacher: 'teachers',
  'support-staff': 'support staff',
};

/** The rates in words, roles on the same rate together: "£350 a day for the improvement director, hub leads and headteachers, £250 for teachers, ...". */
export function ratesInWords(rates: RateCardRates): string {
  const rolesByRate = new Map<number, string[]>();
  for (const role of SUPPORT_ROLES) rolesByRate.set(rates[role], [...(rolesByRate.get(rates[role]) ?? []), ROLES_IN_WORDS[role]]);
  return [...rolesByRate]
    .map(([pence, roles], index) => {
      const named = roles.length === 1 ? roles[0] : `${roles.slice(0, -1).join(', ')} and ${roles.at(-1)}`;
      return `£${(pence / 100).toFixed(pence % 100 === 0 ? 0 : 2)}${index === 0 ? ' a day' : ''} for ${named}`;
    })
    .join(', ');
}

/** Pence per day for each role: every role, and no other. */
export class RateCardRatesDto {
  @ApiProperty({ description: `${RATE_DESCRIPTION} The academy improvement director.`, example: DEFAULT_RATES['improvement-director'] })
  @IsInt({ message: rateMessage('improvement-director') })
  'improvement-director'!: number;

  @ApiProperty({ description: `${RATE_DESCRIPTION} A hub improvement lead.`, example: DEFAULT_RATES['hub-lead'] })
  @IsInt({ message: rateMessage('hub-lead') })
  'hub-lead'!: number;

  @ApiProperty({ description: `${RATE_DESCRIPTION} A headteacher supporting another academy.`, example: DEFAULT_RATES.headteacher })
  @IsInt({ message: rateMessage('headteacher') })
  headteacher!: number;

  @ApiProperty({ description: RATE_DESCRIPTION, example: DEFAULT_RATES.teacher })
  @IsInt({ message: rateMessage('teacher') })
  teacher!: number;

  @ApiProperty({ description: RATE_DESCRIPTION, example: DEFAULT_RATES['support-staff'] })
  @IsInt({ message: rateMessage('support-staff') })
  'support-staff'!: number;
}

export class SetRateCardDto {
  @ApiProperty({ description: 'The academic year the rates apply to (support delivered in it).', example: '2024/25', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;

  @ApiProperty({ type: RateCardRatesDto, description: `Seed 003's rates are the default for a year with no rate card: ${ratesInWords(DEFAULT_RATES)}.` })
  @IsDefined({ message: 'rates must give pence per day for each role' })
  @IsObject({ message: 'rates must give pence per day for each role' })
  @ValidateNested()
  @Type(() => RateCardRatesDto)
  rates!: RateCardRatesDto;
}
