import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, ValidateBy, type ValidationOptions } from 'class-validator';
import { DomainError, parseAcademicYear } from '@trust/domain';
import { URN_PATTERN } from '../common/http/academy-id.pipe.js';
import { ReadAtQuery } from '../common/queries/read-at.js';
import { academicYearMessage } from './finance-fields.js';

/** An academic year YYYY/YY whose second year follows the first, as the domain reads it. */
function IsAcademicYear(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAcademicYear',
      validator: {
        validate: (value: unknown) => {
          try {
            parseAcademicYear(value, 'academicYear');
            return true;
          } catch (error: unknown) {
            if (error instanceof DomainError) return false;
            throw error;
          }
        },
        defaultMessage: () => academicYearMessage,
      },
    },
    options,
  );
}

export class ReconciliationQueryDto extends ReadAtQuery {
  @ApiProperty({ description: 'The academic year to reconcile.', example: '2024/25', pattern: '^\\d{4}/\\d{2}$' })
  @IsAcademicYear()
  academicYear!: string;
}

export class LedgerQueryDto extends ReconciliationQueryDto {
  @ApiPropertyOptional({
    description:
      "Only the lines on this academy's accounts (its spend and its income). Required for a headteacher, and one of their own academies; finance and trust-admin may leave it out for the whole ledger.",
    example: '138201',
    pattern: '^\\d{6}$',
  })
  @IsOptional()
  @IsString({ message: 'academyId must be an academy URN of exactly 6 digits' })
  @Matches(URN_PATTERN, { message: 'academyId must be an academy URN of exactly 6 digits' })
  academyId?: string;
}
