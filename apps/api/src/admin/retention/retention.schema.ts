import { ApiProperty } from '@nestjs/swagger';
import { academicYearOf, keptUntil, RETENTION_CATEGORIES, RETENTION_CATEGORY_NAMES, type IsoDate, type RetentionSchedule } from '@trust/domain';
import { RETENTION_HOUR_UTC } from '@trust/personal-data';

export class RetentionCategoryDto {
  @ApiProperty({ example: 'peer-reviews', enum: RETENTION_CATEGORY_NAMES }) category!: string;
  @ApiProperty({ example: "peer review groups' names and members' names, visits' observations, feedback, focus and reports" }) holds!: string;
  @ApiProperty({ type: Number, nullable: true, example: 3, description: 'Years kept after the end of the academic year the record is about; null: kept until erased on request.' })
  years!: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2022/23',
    description: 'The earliest academic year whose records of this category are still kept today; those of earlier years have been (or are about to be) erased. Null when kept until erased on request.',
  })
  earliestYearKept!: string | null;
}

export class RetentionScheduleDto {
  @ApiProperty({ format: 'date', example: '2025-09-01', description: 'Today, by the trust\'s calendar: the day the schedule is read on.' }) today!: string;
  @ApiProperty({ example: '02:00 UTC', description: 'When retention runs each day, erasing what has passed retention.' }) runsDailyAt!: string;
  @ApiProperty({ type: [RetentionCategoryDto] }) categories!: RetentionCategoryDto[];
}

export class RetentionRunDto {
  @ApiProperty({ example: 'retention-requested-0b1c…', description: 'Follow it with GET /admin/jobs/:jobId: its result says what was checked and erased.' }) jobId!: string;
}

/** The earliest academic year still kept on `today`: the first whose last day kept is today or later. */
function earliestYearKept(years: number, today: IsoDate): string {
  let year = academicYearOf(today);
  for (;;) {
    const start = Number(year.slice(0, 4)) - 1;
    const earlier = `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
    if (keptUntil(earlier, years) < today) return year;
    year = earlier as typeof year;
  }
}

export function retentionScheduleAnswer(schedule: RetentionSchedule, today: IsoDate): RetentionScheduleDto {
  return {
    today,
    runsDailyAt: `${String(RETENTION_HOUR_UTC).padStart(2, '0')}:00 UTC`,
    categories: RETENTION_CATEGORY_NAMES.map((category) => {
      const years = schedule[category];
      return { category, holds: RETENTION_CATEGORIES[category].holds, years, earliestYearKept: years === null ? null : earliestYearKept(years, today) };
    }),
  };
}
