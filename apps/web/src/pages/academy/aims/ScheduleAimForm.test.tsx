import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { badRequest, commandLog, recorded, refused } from '../../../../test/command-log';
import { meAnswer, renderConsole, type FakeApi } from '../../../../test/render';
import { ScheduleAimForm } from './ScheduleAimForm';

const reads: FakeApi = ({ path }) => (path === '/auth/me' ? meAnswer(['aims.schedule'], ['improvement-director']) : undefined);

function fill({ date, format, focus }: { date?: string; format?: string; focus?: string }): void {
  if (date !== undefined) fireEvent.change(screen.getByLabelText(/^Day of the AIM/), { target: { value: date } });
  if (format !== undefined) fireEvent.change(screen.getByLabelText(/^Format/), { target: { value: format } });
  if (focus !== undefined) fireEvent.change(screen.getByLabelText(/^Focus proposed/), { target: { value: focus } });
}

const send = (): void => {
  fireEvent.click(screen.getByRole('button', { name: 'Schedule the AIM' }));
};

describe('scheduling an AIM', () => {
  it('says what is missing or wrong before sending anything', async () => {
    const { api, sent } = commandLog(reads, [recorded('aim-1', '10')]);
    renderConsole(<ScheduleAimForm academyId="142567" onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Schedule an AIM' });
    send();
    expect(await screen.findByText('Enter the day of the AIM')).toBeInTheDocument();
    expect(screen.getByText('Choose a format: one day, or one and a half days')).toBeInTheDocument();
    fill({ date: '2025-03-15', format: 'one-day', focus: 'x'.repeat(2001) });
    send();
    expect(await screen.findByText('Choose a school day, Monday to Friday')).toBeInTheDocument();
    expect(screen.getByText('At most 2,000 characters (2,001 written)')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('sends the day, format and focus once, with the same Idempotency-Key when sent again after a failure', async () => {
    const onRecorded = vi.fn();
    const { api, sent } = commandLog(reads, [{ status: 503, body: { statusCode: 503, message: 'The ledger is busy: try again' } }, recorded('aim-1', '10', ['AimScheduled'])]);
    renderConsole(<ScheduleAimForm academyId="142567" onRecorded={onRecorded} />, { api });
    await screen.findByRole('heading', { name: 'Schedule an AIM' });
    fill({ date: '2025-03-12', format: 'one-and-a-half-day', focus: '  Early reading in Key Stage 1 ' });
    send();
    expect(await screen.findByText('The ledger is busy: try again')).toBeInTheDocument();
    send();
    expect(await screen.findByText('AIM scheduled for 12 March 2025 (one and a half days).')).toBeInTheDocument();
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ path: '/academies/142567/aims', body: { date: '2025-03-12', format: 'one-and-a-half-day', focus: 'Early reading in Key Stage 1' } });
    expect(sent[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[1]!.key).toBe(sent[0]!.key);
    expect(onRecorded).toHaveBeenCalledWith(expect.objectContaining({ id: 'aim-1', position: '10' }));
    expect(screen.getByLabelText(/^Day of the AIM/)).toHaveValue('');
  });

  it('leaves the focus out when none is proposed', async () => {
    const { api, sent } = commandLog(reads, [recorded('aim-1', '10')]);
    renderConsole(<ScheduleAimForm academyId="142567" onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Schedule an AIM' });
    fill({ date: '2025-03-12', format: 'one-day' });
    send();
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.body).toEqual({ date: '2025-03-12', format: 'one-day' });
  });

  it("shows the API's field message beside the field, and a refusal in plain words", async () => {
    const { api } = commandLog(reads, [badRequest('date', 'date: 2025-02-30 is not a date'), refused('academy 142567 has left the trust')]);
    renderConsole(<ScheduleAimForm academyId="142567" onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Schedule an AIM' });
    fill({ date: '2025-03-12', format: 'one-day' });
    send();
    expect(await screen.findByText('Some fields need changing')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Day of the AIM/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText('date: 2025-02-30 is not a date').length).toBeGreaterThanOrEqual(1);
    fill({ focus: 'Attendance' });
    send();
    expect(await screen.findByText('The ledger refused this')).toBeInTheDocument();
    expect(screen.getByText('academy 142567 has left the trust')).toBeInTheDocument();
  });
});
