import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meAnswer, renderConsole, type FakeApi } from '../../test/render';
import { PrintBoardPack } from './PrintBoardPack';

const api: FakeApi = ({ path, query }) => {
  if (path === '/auth/me') return meAnswer(['history.position']);
  if (path === '/audit/position') return { body: query.get('asOf') === null ? { position: '1042', recordedAt: '2025-04-02T08:15:03.120Z' } : { position: '900', recordedAt: '2025-01-20T11:59:00.000Z' } };
  return undefined;
};

describe('Print board pack', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('pins a view of now to the latest event\'s moment before printing, and heads the pack with it and its position', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const rendered = renderConsole(<PrintBoardPack title="Oakfield Primary Academy" />, { route: '/academies/141023?year=2024/25', api });
    await userEvent.click(await screen.findByRole('button', { name: 'Print board pack' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(screen.getByTestId('location')).toHaveTextContent('/academies/141023?year=2024%2F25&asOf=2025-04-02T08%3A15%3A03.120Z');
    const heading = screen.getByTestId('board-pack-heading');
    expect(heading).toHaveTextContent('Oakfield Primary Academy: board pack');
    expect(heading).toHaveTextContent('(2025-04-02T08:15:03.120Z), position 1042: what the ledger knew then.');
    expect(heading).toHaveTextContent('As at the day it was recorded.');
    expect(rendered.requests).toContain('GET /audit/position');
  });

  it('prints a past view as it is, with the position of its moment', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderConsole(<PrintBoardPack title="Tier decisions 2024/25" />, { route: '/tier-decisions?year=2024/25&asOf=2025-01-20T12:00:00Z&on=2025-01-15', api });
    await userEvent.click(await screen.findByRole('button', { name: 'Print board pack' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(screen.getByTestId('location')).toHaveTextContent('asOf=2025-01-20T12:00:00Z&on=2025-01-15');
    expect(screen.getByTestId('board-pack-heading')).toHaveTextContent('position 900');
    expect(screen.getByTestId('board-pack-heading')).toHaveTextContent('As at 15 January 2025.');
  });
});
