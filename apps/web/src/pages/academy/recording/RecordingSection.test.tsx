import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../../../test/render';
import { useSession } from '../../../auth/SessionProvider';
import { ACADEMY, DIRECTOR, fakeLedger } from './fake-ledger.test-support';
import RecordingSection from './RecordingSection';

/** Whom the console takes the user to be, once /auth/me has answered. */
function SignedInAs() {
  const { me } = useSession();
  return me === undefined ? null : <p>Signed in as {me.name}</p>;
}

// Typing through user-event takes seconds on a busy machine.
describe('the Record section of the Academy page', { timeout: 15_000 }, () => {
  it('offers the director every form, each opening on its fields', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = fakeLedger(DIRECTOR, []);
    renderConsole(<RecordingSection academyId={ACADEMY} />, { api });
    expect(await screen.findByRole('heading', { level: 2, name: 'Record' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Record a KPI figure',
      'Correct a KPI figure',
      'Decide a tier',
      'Record an inspection',
      'Record outcomes',
      'Record an annual review',
      'Record a risk assessment',
      'Record a SIP visit',
      'Record a commissioned review',
    ]);
    expect(screen.queryByLabelText(/Figure/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record a KPI figure' }));
    expect(await screen.findByRole('form', { name: 'Record a KPI figure' })).toBeInTheDocument();
  });

  it('shows a headteacher only the KPI forms', async () => {
    const { api } = fakeLedger(['academy-card.read', 'kpis.record', 'kpis.correct', 'tier-recommendation.read', 'tier-history.read'], []);
    renderConsole(<RecordingSection academyId={ACADEMY} />, { api });
    expect(await screen.findByRole('button', { name: 'Record a KPI figure' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Correct a KPI figure' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Decide a tier' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /inspection/ })).not.toBeInTheDocument();
  });

  it('shows nothing to those who may record nothing (the committee, finance, a governor)', async () => {
    const { api } = fakeLedger(['academy-card.read', 'tier-recommendation.read', 'tier-history.read', 'tier-decisions.list'], []);
    const rendered = renderConsole(
      <>
        <RecordingSection academyId={ACADEMY} />
        <SignedInAs />
      </>,
      { api },
    );
    // Rendered from the same session as the section: once it names the user, the section knows what they may do.
    expect(await screen.findByText('Signed in as Tess Test')).toBeInTheDocument();
    expect(rendered.requests).toContain('GET /auth/me');
    expect(screen.queryByRole('heading', { name: 'Record' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('records nothing on a page that shows the past', async () => {
    const { api } = fakeLedger(DIRECTOR, []);
    renderConsole(<RecordingSection academyId={ACADEMY} />, { api, route: `/academies/${ACADEMY}?on=2025-01-15` });
    expect(await screen.findByText('This page shows the past: choose Now to record something.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record a KPI figure' })).not.toBeInTheDocument();
  });
});
