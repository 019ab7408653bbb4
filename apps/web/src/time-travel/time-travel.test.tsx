import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../test/render';
import { TimeTravelBanner } from './TimeTravelBanner';
import { TimeTravelControls } from './TimeTravelControls';
import { instantFromLocal, localFromInstant, timeTravelOf, withTravel } from './time-travel';

function Page() {
  return (
    <>
      <TimeTravelControls />
      <TimeTravelBanner />
    </>
  );
}

describe('time travel', () => {
  it('reads asOf and on from the URL, leaving out what is malformed', () => {
    expect(timeTravelOf(new URLSearchParams('asOf=2025-01-20T12:00:00Z&on=2025-01-15'))).toEqual({ asOf: '2025-01-20T12:00:00Z', on: '2025-01-15' });
    expect(timeTravelOf(new URLSearchParams('asOf=yesterday&on=15/01/2025'))).toEqual({});
  });

  it('keeps the past in the links it makes', () => {
    expect(withTravel('/academies/141023', { asOf: '2025-01-20T12:00:00Z' })).toBe('/academies/141023?asOf=2025-01-20T12%3A00%3A00Z');
    expect(withTravel('/finance', {}, { year: '2024/25' })).toBe('/finance?year=2024%2F25');
  });

  it('converts between the input\'s local time and the URL\'s instant', () => {
    expect(instantFromLocal('2025-01-20T12:00')).toBe('2025-01-20T12:00:00Z');
    expect(localFromInstant('2025-01-20T12:00:00Z')).toBe('2025-01-20T12:00');
    expect(instantFromLocal('2025-01-20')).toBeNull();
  });

  it('says in a banner what the page shows while set, and Now returns to the present', () => {
    renderConsole(<Page />, { route: '/finance?year=2024/25&asOf=2025-01-20T12:00:00Z&on=2025-01-15', api: () => undefined });
    expect(screen.getByRole('status')).toHaveTextContent('As recorded on 20 January 2025, 12:00, as at 15 January 2025');
    expect(screen.getByLabelText('As recorded on')).toHaveValue('2025-01-20T12:00');
    expect(screen.getByLabelText('As at')).toHaveValue('2025-01-15');
    fireEvent.click(screen.getByRole('button', { name: 'Now' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/finance\?year=2024%2F25$/);
    expect(screen.queryByText(/As recorded on 20 January/)).not.toBeInTheDocument();
  });

  it('puts what the user picks into the URL', () => {
    renderConsole(<Page />, { route: '/compliance', api: () => undefined });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('As at'), { target: { value: '2025-01-31' } });
    expect(screen.getByTestId('location')).toHaveTextContent('/compliance?on=2025-01-31');
    fireEvent.change(screen.getByLabelText('As recorded on'), { target: { value: '2025-02-01T09:30' } });
    expect(screen.getByTestId('location')).toHaveTextContent('/compliance?on=2025-01-31&asOf=2025-02-01T09%3A30%3A00Z');
    expect(screen.getByRole('status')).toHaveTextContent('As recorded on 1 February 2025, 09:30, as at 31 January 2025');
  });
});
