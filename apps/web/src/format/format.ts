/** How the console writes money, dates, KPIs and RAG: pounds not pence, British dates, words beside colours. */

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });

/** 123450 → "£1,234.50"; integer pence in, never a float sum out. */
export function formatPounds(pence: number): string {
  return pounds.format(pence / 100);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-03-12" (or a timestamp) → "12 March 2025". A bare date is read as that calendar day, whatever the time zone. */
export function formatDate(value: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day !== null) return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1]} ${day[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** An instant in the viewer's time zone: "20 January 2025, 12:00". */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${formatDate(value)}, ${time}`;
}

export const KPI_LABELS: Record<string, string> = {
  progress: 'Progress',
  curriculum: 'Curriculum',
  teaching: 'Teaching',
  attendance: 'Attendance',
  transition: 'Transition',
};
export const KPI_ORDER = ['progress', 'curriculum', 'teaching', 'attendance', 'transition'] as const;

export function kpiLabel(kpi: string): string {
  return KPI_LABELS[kpi] ?? kpi;
}

export function termLabel(term: string | null): string {
  if (term === null) return 'Target only';
  return term.charAt(0).toUpperCase() + term.slice(1);
}

export type Rag = 'green' | 'amber' | 'red' | 'grey';

export const RAG_WORDS: Record<Rag, string> = { green: 'Green', amber: 'Amber', red: 'Red', grey: 'No data' };

export function isRag(value: string): value is Rag {
  return value === 'green' || value === 'amber' || value === 'red' || value === 'grey';
}

export function tierLabel(tier: number | null | undefined): string {
  return tier === null || tier === undefined ? 'Not decided' : `Tier ${tier}`;
}

export const ROLE_LABELS: Record<string, string> = {
  'trust-admin': 'Trust admin',
  'standards-committee': 'Standards committee',
  'improvement-director': 'Improvement director',
  finance: 'Finance',
  headteacher: 'Headteacher',
  governor: 'Governor',
  sip: 'School Improvement Partner',
};

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

/** Human words for a stored event type: "KpiCorrected" → "KPI corrected". */
export function eventLabel(type: string): string {
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/Kpi/g, 'KPI').replace(/Sip/g, 'SIP').replace(/Aim/g, 'AIM').split(' ');
  return words.map((word, index) => (index === 0 || /^[A-Z]{2,}$/.test(word) ? word : word.toLowerCase())).join(' ');
}

/** The academic year a date falls in, September to August: 2025-03-12 → "2024/25". */
export function academicYearOf(date: Date): string {
  const start = date.getMonth() >= 8 ? date.getFullYear() : date.getFullYear() - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The years to offer: the given one, the five before it and the next. */
export function academicYearsAround(year: string): string[] {
  const start = Number(year.slice(0, 4));
  return Array.from({ length: 7 }, (_, index) => start + 1 - index).map((first) => `${first}/${String((first + 1) % 100).padStart(2, '0')}`);
}
