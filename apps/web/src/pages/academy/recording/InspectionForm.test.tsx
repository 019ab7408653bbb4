import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../../../test/render';
import { ACADEMY, ANSWER, DIRECTOR, fakeLedger } from './fake-ledger.test-support';
import { InspectionForm } from './InspectionForm';

const REPORT_CARD_AREAS = ['Inclusion', 'Curriculum and teaching', 'Achievement', 'Attendance and behaviour', 'Personal development and wellbeing', 'Leadership and governance'];

// Typing through user-event takes seconds on a busy machine.
describe('recording an inspection', { timeout: 15_000 }, () => {
  it('asks for the fields of the framework chosen, and only those', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = fakeLedger(DIRECTOR, [{ status: 201, body: { ...ANSWER, events: ['InspectionRecorded'] } }]);
    renderConsole(<InspectionForm academyId={ACADEMY} />, { api });
    const form = screen.getByRole('form', { name: 'Record an inspection' });
    for (const area of REPORT_CARD_AREAS) expect(within(form).getByLabelText(new RegExp(`^${area}`))).toBeInTheDocument();
    expect(within(form).getByLabelText(/Safeguarding/)).toBeInTheDocument();
    expect(within(form).queryByLabelText(/Overall effectiveness/)).not.toBeInTheDocument();

    await user.selectOptions(within(form).getByLabelText(/Framework/), 'eif-2024');
    expect(within(form).getByLabelText(/^Quality of education/)).toBeInTheDocument();
    expect(within(form).queryByLabelText(/^Inclusion/)).not.toBeInTheDocument();
    expect(within(form).queryByLabelText(/Safeguarding/)).not.toBeInTheDocument();

    await user.selectOptions(within(form).getByLabelText(/Framework/), 'eif-2019');
    expect(within(form).queryByLabelText(/^Quality of education/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record the inspection' }));
    expect(await screen.findByText('Choose the overall effectiveness grade')).toBeInTheDocument();
    expect(screen.getByText('Give a date')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.type(within(form).getByLabelText(/Day of the inspection/), '2019-10-16');
    await user.selectOptions(within(form).getByLabelText(/Overall effectiveness/), 'good');
    await user.click(screen.getByRole('button', { name: 'Record the inspection' }));
    expect(await screen.findByText(/The inspection of 16 October 2019 \(Education inspection framework 2019/)).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ path: `/academies/${ACADEMY}/inspections`, body: { inspectedOn: '2019-10-16', framework: 'eif-2019', overallEffectiveness: 'good' } });
  });

  it('sends a report card\'s grades, the optional areas only where graded, with the same key on a retry', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = fakeLedger(DIRECTOR, [{ status: 504, body: { statusCode: 504, message: 'Gateway timeout' } }, { status: 201, body: ANSWER }]);
    renderConsole(<InspectionForm academyId={ACADEMY} />, { api });
    const form = screen.getByRole('form', { name: 'Record an inspection' });
    await user.type(within(form).getByLabelText(/Day of the inspection/), '2025-11-19');
    await user.click(screen.getByRole('button', { name: 'Record the inspection' }));
    expect(await within(form).findAllByText('Choose a grade', { selector: '.mantine-InputWrapper-error' })).toHaveLength(6);
    expect(screen.getByText('Say whether safeguarding is met')).toBeInTheDocument();

    for (const area of REPORT_CARD_AREAS) await user.selectOptions(within(form).getByLabelText(new RegExp(`^${area}`)), 'expected-standard');
    await user.selectOptions(within(form).getByLabelText(/^Early years/), 'strong-standard');
    await user.selectOptions(within(form).getByLabelText(/Safeguarding/), 'met');
    await user.click(screen.getByRole('button', { name: 'Record the inspection' }));
    await screen.findByText('Gateway timeout');
    await user.click(screen.getByRole('button', { name: 'Record the inspection' }));
    await screen.findByText(/The inspection of 19 November 2025 \(Report card 2025/);
    expect(sent[0]!.body).toEqual({
      inspectedOn: '2025-11-19',
      framework: 'report-card-2025',
      grades: {
        inclusion: 'expected-standard',
        'curriculum-and-teaching': 'expected-standard',
        achievement: 'expected-standard',
        'attendance-and-behaviour': 'expected-standard',
        'personal-development-and-wellbeing': 'expected-standard',
        'leadership-and-governance': 'expected-standard',
        'early-years': 'strong-standard',
      },
      safeguarding: 'met',
    });
    expect(sent[1]).toEqual(sent[0]);
  });

  it('shows the API\'s message beside the area it names, and a second inspection of the day refused in plain words', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = fakeLedger(DIRECTOR, [
      { status: 400, body: { statusCode: 400, message: ['grades.quality-of-education: must be one of: outstanding, good, requires-improvement, inadequate'], fields: ['grades.quality-of-education'] } },
      { status: 409, body: { statusCode: 409, message: 'an inspection on 2025-02-05 is already recorded for academy 149765' } },
    ]);
    renderConsole(<InspectionForm academyId={ACADEMY} />, { api });
    const form = screen.getByRole('form', { name: 'Record an inspection' });
    await user.selectOptions(within(form).getByLabelText(/Framework/), 'eif-2024');
    await user.type(within(form).getByLabelText(/Day of the inspection/), '2025-02-05');
    for (const area of ['Quality of education', 'Behaviour and attitudes', 'Personal development', 'Leadership and management']) await user.selectOptions(within(form).getByLabelText(new RegExp(`^${area}`)), 'good');
    await user.click(screen.getByRole('button', { name: 'Record the inspection' }));
    await waitFor(() => expect(within(form).getByLabelText(/^Quality of education/)).toHaveAccessibleDescription(/must be one of: outstanding, good/));
    await user.selectOptions(within(form).getByLabelText(/^Sixth form/), 'outstanding');
    await user.click(screen.getByRole('button', { name: 'Record the inspection' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('an inspection on 2025-02-05 is already recorded for academy 149765');
  });
});
