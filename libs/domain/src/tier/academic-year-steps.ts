/** The academic year before `year`: 2023/24 before 2024/25. */
export function yearBefore(year: string): string {
  return yearStartingIn(Number(year.slice(0, 4)) - 1);
}

/** The academic year after `year`: 2025/26 after 2024/25. */
export function yearAfter(year: string): string {
  return yearStartingIn(Number(year.slice(0, 4)) + 1);
}

function yearStartingIn(startYear: number): string {
  return `${String(startYear).padStart(4, '0')}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}
