import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meAnswer, renderConsole, type FakeApi } from '../../../test/render';
import ImportsPage from './ImportsPage';

const BAD_ROW = { row: 3, column: 'term', message: 'must be one of autumn, spring, summer' };

function fakeLedger() {
  const sent: { method: string; path: string; body: string | null }[] = [];
  let jobAsked = 0;
  const api: FakeApi = ({ method, path, body }) => {
    sent.push({ method, path, body });
    if (path === '/auth/me') return meAnswer(['imports.run', 'imports.templates', 'jobs.read']);
    if (path === '/imports/checks') {
      return body?.includes('winter') === true
        ? { status: 400, body: { statusCode: 400, error: 'Bad Request', message: ['kpis.csv: 1 bad row, nothing stored', 'row 3, term: must be one of autumn, spring, summer'], fields: ['file'], rows: [BAD_ROW] } }
        : { body: { kind: 'kpis', fileName: 'kpis.csv', sha256: 'f'.repeat(64), rows: 2, alreadyImported: 0 } };
    }
    if (path === '/imports') return { status: 202, body: { jobId: 'import-1', kind: 'kpis', fileName: 'kpis.csv', sha256: 'f'.repeat(64), rows: 2, alreadyImported: 0 } };
    if (path === '/admin/jobs/import-1') {
      jobAsked += 1;
      return jobAsked === 1
        ? { body: { id: 'import-1', name: 'import-file', state: 'active', progress: { done: 1, total: 2, stored: 1, skipped: 0 }, createdAt: '2025-03-12T10:00:00Z' } }
        : { body: { id: 'import-1', name: 'import-file', state: 'completed', progress: { done: 2, total: 2, stored: 2, skipped: 0 }, result: { kind: 'kpis', total: 2, stored: 2, skipped: 0, events: 2 }, createdAt: '2025-03-12T10:00:00Z' } };
    }
    return undefined;
  };
  return { api, sent };
}

const csv = (term: string): File =>
  new File([`academyId,kpi,academicYear,term,value,nationalAverage,source\r\n146034,attendance,2024/25,autumn,93.2,,\r\n146034,attendance,2024/25,${term},93.4,,\r\n`], 'kpis.csv', { type: 'text/csv' });

describe('the Imports page', () => {
  it('checks a file, lists its bad row with row, column and message, and offers no import', async () => {
    const { api, sent } = fakeLedger();
    renderConsole(<ImportsPage />, { route: '/admin/imports', api });
    await screen.findByRole('button', { name: 'File' });
    await userEvent.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, csv('winter'));
    await userEvent.click(screen.getByRole('button', { name: 'Check file' }));
    const rows = await screen.findByRole('table', { name: 'Rows refused' });
    expect(within(rows).getByText('3').closest('tr')).toHaveTextContent('termmust be one of autumn, spring, summer');
    expect(screen.getByText('Rows refused: nothing stored')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(sent.some((request) => request.path === '/imports')).toBe(false);
  });

  it('imports a good file after its check, with progress, and says what it stored', async () => {
    const { api, sent } = fakeLedger();
    renderConsole(<ImportsPage />, { route: '/admin/imports', api });
    await screen.findByRole('button', { name: 'File' });
    await userEvent.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, csv('spring'));
    await userEvent.selectOptions(screen.getByLabelText('Kind of file'), 'kpis');
    await userEvent.click(screen.getByRole('button', { name: 'Check file' }));
    expect(await screen.findByText(/kpis\.csv \(KPI figures\): 2 rows/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('progressbar', { name: 'Importing kpis.csv' })).toBeInTheDocument();
    expect(await screen.findByText(/2 rows stored \(2 events\)/, {}, { timeout: 3000 })).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'POST' && request.path === '/imports')).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Importing kpis.csv' })).toHaveAttribute('aria-valuenow', '100'));
  });

  it('offers a template of every kind', async () => {
    const { api } = fakeLedger();
    renderConsole(<ImportsPage />, { route: '/admin/imports', api });
    expect(await screen.findByRole('button', { name: 'Download the KPI figures template' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Download the .* template$/ })).toHaveLength(16);
  });
});
