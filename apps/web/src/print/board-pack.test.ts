import { describe, expect, it } from 'vitest';
import { pinnedTravel, reproducingAddress } from './board-pack';

describe('a printed board pack', () => {
  it('pins a view of now to the moment the latest event was recorded, keeping its date as at', () => {
    expect(pinnedTravel({ on: '2025-03-31' }, { position: '1042', recordedAt: '2025-04-02T08:15:03.120Z' })).toEqual({ asOf: '2025-04-02T08:15:03.120Z', on: '2025-03-31' });
  });

  it('keeps a view already in the past, and a view of an empty ledger, as they are', () => {
    expect(pinnedTravel({ asOf: '2025-01-20T12:00:00Z' }, { position: '900', recordedAt: '2025-01-20T11:59:00Z' })).toEqual({ asOf: '2025-01-20T12:00:00Z' });
    expect(pinnedTravel({}, { position: '0', recordedAt: null })).toEqual({});
  });

  it('is reproduced by the page\'s address with its time travel, the other parameters kept', () => {
    expect(reproducingAddress('https://ledger.example', '/app/tier-decisions', '?year=2024%2F25', { asOf: '2025-04-02T08:15:03.120Z' })).toBe(
      'https://ledger.example/app/tier-decisions?year=2024%2F25&asOf=2025-04-02T08%3A15%3A03.120Z',
    );
  });
});
