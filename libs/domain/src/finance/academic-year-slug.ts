/** An academic year as it appears in a stream id: `2024/25` becomes `2024-25`. */
export const academicYearSlug = (academicYear: string): string => academicYear.replace('/', '-');
