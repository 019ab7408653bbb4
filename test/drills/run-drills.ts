import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DRILLS, lossesOf, type DrillName, type DrillReport } from './drills.js';

/**
 * `npm run drills [-- <drill> …]`: builds the apps, then runs each crash drill against real processes and
 * the drill's own PostgreSQL and Redis, prints a summary per drill and exits non-zero on any loss.
 * DRILL_CLIENTS and DRILL_ACADEMIES size the command stream (default 8 clients × 2 academies, 127 commands each).
 */
// DRILL_APP_ROOT: a folder holding another build's dist/ (and libs/ for the migrations), when the
// repository's own dist/ may be rebuilt while the drills run.
const root = process.env['DRILL_APP_ROOT'] ?? fileURLToPath(new URL('../../', import.meta.url));
const names = Object.keys(DRILLS) as DrillName[];

function positiveInt(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function print(report: DrillReport): void {
  const losses = lossesOf(report);
  const lines = [
    '',
    `── ${report.name}: ${report.description}`,
    `   commands issued ${report.commandsIssued}, succeeded ${report.commandsSucceeded}, refused ${report.commandsRefused.length}, unresolved ${report.commandsUnresolved}`,
    `   answers: ${report.answers} (retryable errors ${report.retryableErrors})`,
    `   events in the store ${report.events}${report.ledger === null ? '' : `, stored for commands never acknowledged ${report.ledger.storedUnacknowledged}`}`,
    `   faults injected ${report.faults.length}:`,
    ...report.faults.map((fault) => `     - ${fault}`),
    report.readModels === null
      ? '   read models: not compared'
      : `   read models: ${report.readModels.projections} projections, ${report.readModels.tables} tables, ${report.readModels.rowsCompared} rows compared with a replay`,
    ...report.notes.map((note) => `   note: ${note}`),
    `   losses found ${losses}: lost ${report.ledger?.lost.length ?? '?'}, duplicated ${report.ledger?.duplicated.length ?? '?'}, read-model rows differing ${report.readModels?.mismatches.length ?? '?'}, false refusals ${report.commandsRefused.length}, unresolved ${report.commandsUnresolved}, other ${report.violations.length}`,
    ...(report.ledger?.lost ?? []).slice(0, 10).map((key) => `     lost: ${key}`),
    ...(report.ledger?.duplicated ?? []).slice(0, 10).map((key) => `     duplicated: ${key}`),
    ...(report.readModels?.mismatches ?? []).map((mismatch) => `     read model: ${mismatch}`),
    ...report.commandsRefused.slice(0, 10).map((refusal) => `     refused: ${refusal}`),
    ...report.violations.map((violation) => `     violation: ${violation}`),
    `   ${report.seconds} s; logs in ${report.logDir}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !names.includes(name as DrillName));
  if (unknown.length > 0) throw new Error(`unknown drill ${unknown.join(', ')}: the drills are ${names.join(', ')}`);
  const selected = asked.length === 0 ? names : (asked as DrillName[]);
  const options = { root, clients: positiveInt(process.env['DRILL_CLIENTS'], 8), academiesPerClient: positiveInt(process.env['DRILL_ACADEMIES'], 2) };
  const reports: DrillReport[] = [];
  for (const name of selected) {
    process.stdout.write(`running ${name} (${options.clients} clients × ${options.academiesPerClient} academies)…\n`);
    const report = await DRILLS[name](options);
    print(report);
    reports.push(report);
  }
  const total = reports.reduce((sum, report) => sum + lossesOf(report), 0);
  await writeFile(new URL('./last-run.json', import.meta.url), `${JSON.stringify({ at: new Date().toISOString(), options: { ...options, root: undefined }, reports }, null, 2)}\n`);
  process.stdout.write(
    `\n${reports.length} drills: ${reports.reduce((sum, r) => sum + r.commandsIssued, 0)} commands, ${reports.reduce((sum, r) => sum + r.events, 0)} events, ` +
      `${reports.reduce((sum, r) => sum + r.faults.length, 0)} faults injected, ${total} losses found\n`,
  );
  process.exitCode = total === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`the drills could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
