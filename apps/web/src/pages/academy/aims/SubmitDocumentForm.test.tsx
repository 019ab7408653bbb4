import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { badRequest, commandLog, recorded, refused } from '../../../../test/command-log';
import { meAnswer, renderConsole, type FakeApi } from '../../../../test/render';
import { SubmitDocumentForm } from './SubmitDocumentForm';

const reads: FakeApi = ({ path }) => (path === '/auth/me' ? meAnswer(['aims.submit-document'], ['headteacher']) : undefined);
const coming = { aimId: 'aim-1', date: '2025-03-26' };

const choose = (label: RegExp, value: string): void => {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
};
const send = (): void => {
  fireEvent.click(screen.getByRole('button', { name: 'Submit the document' }));
};

describe("submitting an AIM's documents", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-10T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('asks a RAG rating only of the two documents circulated RAG rated, and requires it there', async () => {
    const { api, sent } = commandLog(reads, [recorded('aim-1', '11')]);
    renderConsole(<SubmitDocumentForm aim={coming} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Submit a document' });
    send();
    expect(await screen.findByText('Say which document this is')).toBeInTheDocument();
    choose(/^Document/, 'sef');
    expect(screen.queryByLabelText(/^RAG rating/)).not.toBeInTheDocument();
    choose(/^Document/, 'pupil-premium-strategy');
    send();
    expect(await screen.findByText('Rate it red, amber or green: it is circulated RAG rated')).toBeInTheDocument();
    expect(sent).toEqual([]);
    // Before the AIM's day the ledger dates the document: no day is asked.
    expect(screen.queryByLabelText(/^Day it came in/)).not.toBeInTheDocument();
  });

  it('sends the document with its RAG, once, with the same Idempotency-Key on a retry', async () => {
    const onRecorded = vi.fn();
    const { api, sent } = commandLog(reads, [{ status: 500, body: { statusCode: 500, message: 'Internal server error' } }, recorded('aim-1', '12', ['AimDocumentSubmitted'])]);
    renderConsole(<SubmitDocumentForm aim={coming} onRecorded={onRecorded} />, { api });
    await screen.findByRole('heading', { name: 'Submit a document' });
    choose(/^Document/, 'previous-aim-report');
    choose(/^RAG rating/, 'amber');
    send();
    expect(await screen.findByText('Internal server error')).toBeInTheDocument();
    send();
    expect(await screen.findByText('Previous AIM report submitted, rated amber.')).toBeInTheDocument();
    expect(sent.map((command) => command.body)).toEqual([
      { type: 'previous-aim-report', rag: 'amber' },
      { type: 'previous-aim-report', rag: 'amber' },
    ]);
    expect(sent[0]!.path).toBe('/aims/aim-1/documents');
    expect(sent[1]!.key).toBe(sent[0]!.key);
    expect(onRecorded).toHaveBeenCalledWith(expect.objectContaining({ position: '12' }));
  });

  it('a new document is a new command, with a key of its own', async () => {
    const { api, sent } = commandLog(reads, [recorded('aim-1', '12')]);
    renderConsole(<SubmitDocumentForm aim={coming} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Submit a document' });
    choose(/^Document/, 'sef');
    send();
    await screen.findByText('Self-evaluation form (SEF) submitted.');
    choose(/^Document/, 'lgb-minutes');
    send();
    await screen.findByText('Local governing board minutes submitted.');
    expect(sent.map((command) => command.body)).toEqual([{ type: 'sef' }, { type: 'lgb-minutes' }]);
    expect(sent[1]!.key).not.toBe(sent[0]!.key);
  });

  it('for a meeting whose day has passed, may name the day it came in, never after the meeting', async () => {
    const { api, sent } = commandLog(reads, [badRequest('submittedOn', "submittedOn: is the server's day; only a meeting or visit recorded after it took place takes the day it came in")]);
    renderConsole(<SubmitDocumentForm aim={{ aimId: 'aim-0', date: '2024-11-04' }} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Submit a document' });
    choose(/^Document/, 'sef');
    choose(/^Day it came in/, '2024-11-05');
    send();
    expect(await screen.findByText("Must not be after the AIM's day, 4 November 2024")).toBeInTheDocument();
    choose(/^Day it came in/, '2024-10-28');
    send();
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.body).toEqual({ type: 'sef', submittedOn: '2024-10-28' });
    expect(await screen.findByLabelText(/^Day it came in/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('says in plain words when the ledger refuses (the AIM was held meanwhile)', async () => {
    const { api } = commandLog(reads, [refused('AIM aim-1 has been held, so it cannot take documents')]);
    renderConsole(<SubmitDocumentForm aim={coming} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Submit a document' });
    choose(/^Document/, 'sef');
    send();
    expect(await screen.findByRole('alert')).toHaveTextContent('The ledger refused this');
    expect(screen.getByRole('alert')).toHaveTextContent('AIM aim-1 has been held, so it cannot take documents');
  });
});
