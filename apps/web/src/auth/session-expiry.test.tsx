import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../test/render';
import { SessionGuard } from '../app/App';
import TierDecisionsPage from '../pages/TierDecisionsPage';
import { safeReturnTo } from './session-store';

describe('an expired session', () => {
  it('leads back to sign-in, keeping the page the user was on', async () => {
    renderConsole(
      <SessionGuard>
        <TierDecisionsPage />
      </SessionGuard>,
      {
      route: '/tier-decisions?year=2024/25&asOf=2025-01-20T12:00:00Z',
      api: () => ({ status: 401, body: { statusCode: 401, message: 'The token has expired' } }),
    });
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(`/sign-in?expired=1&returnTo=${encodeURIComponent('/tier-decisions?year=2024/25&asOf=2025-01-20T12:00:00Z')}`),
    );
    expect(window.localStorage.getItem('trust-ledger.session')).toBeNull();
  });

  it('returns only to a page of the console, never another site', () => {
    expect(safeReturnTo('/academies/141023?on=2025-01-15')).toBe('/academies/141023?on=2025-01-15');
    expect(safeReturnTo('//evil.example.org/')).toBe('/');
    expect(safeReturnTo('https://evil.example.org/')).toBe('/');
    expect(safeReturnTo(null)).toBe('/');
  });
});
