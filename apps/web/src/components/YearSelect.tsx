import { NativeSelect } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { academicYearOf, academicYearsAround } from '../format/format';
import { useTimeTravel, type TimeTravel } from '../time-travel/time-travel';

/** The academic year a page shows by default: the one of the date it is looking at (as at, as recorded, or today). */
export function defaultYear(travel: TimeTravel, today: Date = new Date()): string {
  if (travel.on !== undefined) return academicYearOf(new Date(`${travel.on}T12:00:00`));
  if (travel.asOf !== undefined) return academicYearOf(new Date(travel.asOf));
  return academicYearOf(today);
}

/** The page's academic year, kept in the URL as `year`. */
export function useYear(): [string, (year: string) => void] {
  const [params, setParams] = useSearchParams();
  const { travel } = useTimeTravel();
  const given = params.get('year');
  const year = given !== null && /^\d{4}\/\d{2}$/.test(given) ? given : defaultYear(travel);
  return [
    year,
    (next) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        updated.set('year', next);
        return updated;
      }),
  ];
}

/** The page's academic year to choose; `label` names it where a page has more than one (each changes the same `year`). */
export function YearSelect({ label = 'Academic year' }: { label?: string }) {
  const [year, setYear] = useYear();
  const { travel } = useTimeTravel();
  const years = [...new Set([...academicYearsAround(defaultYear(travel)), year])].sort().reverse();
  return <NativeSelect label={label} data={years} value={year} onChange={(event) => setYear(event.currentTarget.value)} w={160} />;
}
