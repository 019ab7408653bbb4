import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { badRequest, commandLog, recorded } from '../../../../test/command-log';
import { meAnswer, renderConsole, type FakeApi } from '../../../../test/render';
import { PublishReportForm } from './PublishReportForm';

const reads: FakeApi = ({ path }) => (path === '/auth/me' ? meAnswer(['aims.publish-report'], ['improvement-director']) : undefined);
const send = (): void => {
  fireEvent.click(screen.getByRole('button', { name: 'Publish the report' }));
};

describe("publishing an AIM's report", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-14T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('requires a summary, sends it trimmed, and says when it was published already', async () => {
    const { api, sent } = commandLog(reads, [{ status: 409, body: { statusCode: 409, message: 'the report of AIM aim-1 was already published on 2025-03-13' } }]);
    renderConsole(<PublishReportForm aim={{ aimId: 'aim-1', heldOn: '2025-03-12' }} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Publish the report' });
    send();
    expect(await screen.findByText("Write the report's summary")).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/^Summary/), { target: { value: ' Leadership is driving improvement. ' } });
    send();
    expect(await screen.findByText('The ledger already holds this')).toBeInTheDocument();
    expect(screen.getByText('the report of AIM aim-1 was already published on 2025-03-13')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reload and retry' })).toBeNull();
    expect(sent[0]).toMatchObject({ path: '/aims/aim-1/report', body: { summary: 'Leadership is driving improvement.' } });
  });

  it("names the day it was published only for a meeting already past, and shows the API's message beside it", async () => {
    const { api, sent } = commandLog(reads, [badRequest('publishedOn', "publishedOn: is the server's day; only a meeting or visit recorded after it took place takes the day it came in"), recorded('aim-1', '40')]);
    renderConsole(<PublishReportForm aim={{ aimId: 'aim-1', heldOn: '2025-03-12' }} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Publish the report' });
    fireEvent.change(screen.getByLabelText(/^Summary/), { target: { value: 'On track.' } });
    fireEvent.change(screen.getByLabelText(/^Day it was published/), { target: { value: '2025-03-11' } });
    send();
    expect(await screen.findByText('Must not be before the meeting, 12 March 2025')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/^Day it was published/), { target: { value: '2025-03-13' } });
    send();
    await waitFor(() => expect(screen.getByLabelText(/^Day it was published/)).toHaveAttribute('aria-invalid', 'true'));
    expect(sent[0]!.body).toEqual({ summary: 'On track.', publishedOn: '2025-03-13' });
    fireEvent.change(screen.getByLabelText(/^Day it was published/), { target: { value: '' } });
    send();
    expect(await screen.findByText('Report published.')).toBeInTheDocument();
    expect(sent[1]!.body).toEqual({ summary: 'On track.' });
    expect(sent[1]!.key).not.toBe(sent[0]!.key);
  });
});
