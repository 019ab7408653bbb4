/**
 * Importing a trust's history: five years of a 30-academy trust (about 50,000 rows, in the files a trust
 * would bring: academies, rate cards, KPI targets and figures, budgets, AIMs held and recharges), each file
 * as POST /imports and its job handle it: read and checked whole (the upload's check), then read and
 * stored (the job, which checks again only when something was appended since). On the local PostgreSQL, then on the embedded PGlite.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { academicYearStart, domainEventCodec, isSchoolDay, KPI_NAMES, TERMS, type IsoDate } from '@trust/domain';
import { createPool, migrate, startEmbeddedPostgres } from '@trust/database';
import { createEventStoreFromConfig, type EventStore } from '@trust/event-store';
import { checkImport, readImportFile, runImport } from '@trust/imports';
import { benchPool, createBenchDatabase, log, nowMs, round } from '../support.js';

export interface ImportSizes {
  academies: number;
  years: number;
  /** Recharge rows per academy and year: the bulk of the rows. */
  rechargesPerAcademyYear: number;
}

export interface ImportRun {
  database: 'postgresql' | 'pglite';
  rows: number;
  events: number;
  /** The upload's read and check of every file, seconds. */
  checkSeconds: number;
  /** The jobs' read and store, seconds. */
  storeSeconds: number;
  totalSeconds: number;
  rowsPerSecond: number;
  /** Per kind: rows and seconds (check + store). */
  files: { kind: string; rows: number; seconds: number }[];
}

export interface ImportResult {
  sizes: ImportSizes;
  runs: ImportRun[];
}

const NOW = new Date('2026-06-15T12:00:00Z');
const ACTOR = { userId: 'bench-importer', role: 'trust-admin' };

/** The files, in the order a trust loads them. */
export function trustHistoryFiles({ academies, years, rechargesPerAcademyYear }: ImportSizes): { kind: string; csv: string }[] {
  const urns = Array.from({ length: academies }, (_, index) => String(700_001 + index));
  const firstYear = 2025 - years;
  const yearsOf = Array.from({ length: years }, (_, index) => `${firstYear + index}/${String((firstYear + index + 1) % 100).padStart(2, '0')}`);
  const lines = (header: string, rows: string[]): string => [header, ...rows].join('\r\n') + '\r\n';
  const ukDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  const schoolDaysOf = (year: string): string[] => {
    const days: string[] = [];
    const day = new Date(`${academicYearStart(year)}T00:00:00Z`);
    for (let i = 0; i < 330; i++, day.setUTCDate(day.getUTCDate() + 1)) {
      const iso = day.toISOString().slice(0, 10);
      if (isSchoolDay(iso as IsoDate)) days.push(iso);
    }
    return days;
  };
  const days = new Map(yearsOf.map((year) => [year, schoolDaysOf(year)]));
  const files: { kind: string; csv: string }[] = [];
  files.push({
    kind: 'academies',
    csv: lines('academyId,name,phase,hub,joinedOn,predecessorUrns', urns.map((urn, i) => `${urn},Academy ${urn},${i % 3 === 0 ? 'secondary' : 'primary'},${i % 2 === 0 ? 'North' : 'South'},01/09/2015,${String(100_001 + i)}`)),
  });
  files.push({ kind: 'rate-cards', csv: lines('academicYear,improvement-director,hub-lead,headteacher,teacher,support-staff', yearsOf.map((year) => `${year},£350.00,£350.00,£350.00,£250.00,£150.00`)) });
  files.push({ kind: 'kpi-targets', csv: lines('academyId,academicYear,kpi,target', urns.flatMap((urn) => yearsOf.flatMap((year) => KPI_NAMES.map((kpi) => `${urn},${year},${kpi},${kpi === 'attendance' ? '96' : '2'}`)))) });
  files.push({
    kind: 'kpis',
    csv: lines(
      'academyId,kpi,academicYear,term,value,nationalAverage,source',
      urns.flatMap((urn, a) => yearsOf.flatMap((year, y) => TERMS.flatMap((term, t) => KPI_NAMES.map((kpi) => `${urn},${kpi},${year},${term},${kpi === 'attendance' ? (93 + ((a + y + t) % 5) * 0.5).toFixed(1) : String(1 + ((a + y + t) % 3))},,`)))),
    ),
  });
  files.push({
    kind: 'budgets',
    csv: lines(
      'academyId,academicYear,amount,agreedBy',
      urns.flatMap((urn) => yearsOf.map((year) => `${urn},${year},"£4,500.00",Hana Head | headteacher; Dee Director | improvement-director; Cai Chief | chief-executive; Fay Finance | finance-director`)),
    ),
  });
  files.push({
    kind: 'aims-held',
    csv: lines(
      'academyId,date,format,focus,documents,heldOn,attendees,judgements,priorities,nextSteps,reportSummary,reportPublishedOn',
      urns.flatMap((urn, a) =>
        yearsOf.flatMap((year) =>
          [40, 110, 170].map((offset) => {
            const schoolDays = days.get(year)!;
            const date = schoolDays[offset + (a % 10)]!;
            const documentsOn = schoolDays[offset + (a % 10) - 6]!;
            return `${urn},${ukDate(date)},one-day,Early reading,sef | ${ukDate(documentsOn)}; previous-aim-report | green | ${ukDate(documentsOn)},${ukDate(date)},Dee Director | improvement-director | chair; Hana Head | headteacher,quality-of-education | good | A well-sequenced curriculum,Early reading in Year 1 | amber,Phonics training before half term,Reading is improving.,`;
          }),
        ),
      ),
    ),
  });
  files.push({
    kind: 'recharges',
    csv: lines(
      'supportedAcademyId,providerRole,providerAcademyId,days,deliveredOn,description',
      urns.flatMap((urn, a) =>
        yearsOf.flatMap((year) =>
          Array.from({ length: rechargesPerAcademyYear }, (_, r) => {
            const schoolDays = days.get(year)!;
            const provider = urns[(a + 1 + (r % (academies - 1))) % academies]!;
            return r % 4 === 0
              ? `${urn},hub-lead,,0.5,${schoolDays[r % schoolDays.length]!},Hub lead visit ${r}`
              : `${urn},teacher,${provider},${1 + (r % 3) * 0.5},${ukDate(schoolDays[r % schoolDays.length]!)},"Coaching, session ${r}"`;
          }),
        ),
      ),
    ),
  });
  return files;
}

async function importAll(store: EventStore, files: readonly { kind: string; csv: string }[]): Promise<Omit<ImportRun, 'database'>> {
  let checkMs = 0;
  let storeMs = 0;
  let rows = 0;
  let events = 0;
  const perFile: ImportRun['files'] = [];
  for (const [index, { kind, csv }] of files.entries()) {
    const bytes = new TextEncoder().encode(csv);
    const context = { actor: ACTOR, importId: `bench-import-${index}`, now: () => NOW };
    const started = nowMs();
    // The upload: read and check, as POST /imports does before answering 202.
    const upload = readImportFile({ bytes, fileName: `${kind}.csv`, kind });
    const uploadCheck = await checkImport(store, upload.plan, context);
    if (upload.problems.length + uploadCheck.problems.length > 0) throw new Error(`${kind}: ${JSON.stringify([...upload.problems, ...uploadCheck.problems].slice(0, 5))}`);
    const checked = nowMs();
    // The job: read again, and (nothing appended since the check, as registerImportJob finds) store.
    const job = readImportFile({ bytes, fileName: `${kind}.csv`, kind });
    if ((await store.headPosition()) !== uploadCheck.position) throw new Error(`${kind}: the store changed between the check and the job`);
    const outcome = await runImport(store, job.plan, context);
    const stored = nowMs();
    checkMs += checked - started;
    storeMs += stored - checked;
    rows += outcome.total;
    events += outcome.events;
    perFile.push({ kind, rows: outcome.total, seconds: round((stored - started) / 1000, 2) });
    log(`  import ${kind}: ${outcome.total} rows, ${outcome.events} events in ${((stored - started) / 1000).toFixed(1)} s`);
  }
  const totalSeconds = round((checkMs + storeMs) / 1000, 1);
  return { rows, events, checkSeconds: round(checkMs / 1000, 1), storeSeconds: round(storeMs / 1000, 1), totalSeconds, rowsPerSecond: Math.round(rows / ((checkMs + storeMs) / 1000)), files: perFile };
}

export async function runImportBench(sizes: ImportSizes, { pglite = true }: { pglite?: boolean } = {}): Promise<ImportResult> {
  const files = trustHistoryFiles(sizes);
  const runs: ImportRun[] = [];
  log(`import: ${sizes.academies} academies × ${sizes.years} years on PostgreSQL`);
  const database = await createBenchDatabase('imports');
  const pool = benchPool(database.url, 10);
  try {
    const store = await createEventStoreFromConfig({ kind: 'postgres' }, { pool, needsStreamOrigin: (event) => domainEventCodec.readsStreamOrigin(event) });
    runs.push({ database: 'postgresql', ...(await importAll(store, files)) });
    await store.close();
  } finally {
    await pool.end();
    await database.drop();
  }
  if (pglite) {
    log('import: the same on the embedded PGlite');
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-import-pglite-'));
    const embedded = await startEmbeddedPostgres({ dataDir });
    try {
      await migrate({ url: embedded.url });
      const embeddedPool = createPool({ url: embedded.url, max: 1, applicationName: 'trust-improvement-ledger-bench' });
      try {
        const store = await createEventStoreFromConfig({ kind: 'postgres' }, { pool: embeddedPool, needsStreamOrigin: (event) => domainEventCodec.readsStreamOrigin(event) });
        runs.push({ database: 'pglite', ...(await importAll(store, files)) });
        await store.close();
      } finally {
        await embeddedPool.end();
      }
    } finally {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  return { sizes, runs };
}
