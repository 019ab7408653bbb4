import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AdminClientOptions, JobAnswer, ProgressDisplay } from '../projections/projections-command.js';

/** `npm run cli -- import <file.csv>`: the file sent to POST /imports, then its job followed with a progress bar. */

export const IMPORT_USAGE = `Options of import:
  import <file.csv>   Import a spreadsheet saved as CSV (kinds and columns: docs/IMPORTS.md; a template
                      of each: GET /imports/templates/<kind>.csv). The whole file is checked first: if
                      any row is bad, each is listed and nothing is stored. Importing a file again
                      stores nothing twice, and completes an import that was cut short.
  --kind <kind>       The kind of file (default: the kind whose columns the header has)
  --url <url>         The API's base URL (default: http://127.0.0.1:3000, or API_URL)
  --token <jwt>       A trust-admin bearer token (default: one signed with JWT_SECRET)`;

interface ImportAccepted {
  jobId: string;
  kind: string;
  rows: number;
  alreadyImported: number;
  sha256: string;
}

interface ImportRefused {
  message?: string[] | string;
  rows?: { row: number; column: string | null; message: string }[];
}

interface ImportProgressBody {
  done?: number;
  total?: number;
}

/** The import refused: the file's problem, or each bad row. */
export class ImportRefusedError extends Error {
  override readonly name = 'ImportRefusedError';
}

export interface ImportOverHttp extends AdminClientOptions {
  file: string;
  kind?: string;
  bar?: ProgressDisplay;
  print?: (line: string) => void;
  pollMs?: number;
}

export async function importOverHttp(options: ImportOverHttp): Promise<{ accepted: ImportAccepted; job: JobAnswer }> {
  const send = options.fetch ?? fetch;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const bytes = await readFile(options.file);
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'text/csv' }), path.basename(options.file));
  if (options.kind !== undefined) form.append('kind', options.kind);
  const response = await send(`${baseUrl}/imports`, { method: 'POST', headers: { authorization: `Bearer ${options.token}` }, body: form });
  const text = await response.text();
  if (response.status === 400) throw new ImportRefusedError(refusal(JSON.parse(text) as ImportRefused));
  if (response.status !== 202) throw new Error(`POST /imports answered ${response.status}: ${text}`);
  const accepted = JSON.parse(text) as ImportAccepted;
  options.print?.(`${path.basename(options.file)}: ${accepted.rows} ${accepted.kind} rows checked${accepted.alreadyImported > 0 ? `, ${accepted.alreadyImported} already imported` : ''}; storing them`);

  options.bar?.start(accepted.rows, 0);
  try {
    for (;;) {
      const polled = await send(`${baseUrl}/admin/jobs/${encodeURIComponent(accepted.jobId)}`, { headers: { authorization: `Bearer ${options.token}`, accept: 'application/json' } });
      const body = await polled.text();
      if (!polled.ok) throw new Error(`GET /admin/jobs/${accepted.jobId} answered ${polled.status}: ${body}`);
      const job = JSON.parse(body) as JobAnswer;
      const progress = typeof job.progress === 'object' ? (job.progress as ImportProgressBody) : {};
      options.bar?.update(job.state === 'completed' ? accepted.rows : (progress.done ?? 0));
      if (job.state === 'completed') return { accepted, job };
      if (job.state === 'failed') throw new Error(`The import failed: ${job.failedReason ?? 'no reason given'}. Import the file again to complete it: the rows stored are skipped.`);
      await new Promise<void>((resolve) => setTimeout(resolve, options.pollMs ?? 250));
    }
  } finally {
    options.bar?.stop();
  }
}

function refusal(body: ImportRefused): string {
  const messages = Array.isArray(body.message) ? body.message : [body.message ?? 'refused'];
  if (body.rows === undefined) return `Nothing imported: ${messages.join('; ')}`;
  return ['Nothing imported:', ...messages.map((message) => `  ${message}`)].join('\n');
}
