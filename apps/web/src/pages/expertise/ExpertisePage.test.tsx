import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { badRequest, commandLog, recorded } from '../../../test/command-log';
import { meAnswer, renderConsole, type FakeAnswer, type FakeApi } from '../../../test/render';
import ExpertisePage from './ExpertisePage';

const academies = [
  { academyId: '146034', name: 'Kingsmead Academy', hub: 'Central', phase: 'secondary', tier: 2, ragSummary: { green: 0, amber: 0, red: 0, grey: 0 } },
  { academyId: '141023', name: 'Oakfield Primary Academy', hub: 'North', phase: 'primary', tier: 1, ragSummary: { green: 0, amber: 0, red: 0, grey: 0 } },
];

const priya = { staffId: 'priya-shah', name: 'Priya Shah', academyId: '141023', hub: 'North', role: 'teacher', areas: ['phonics', 'early-reading'], otherAreas: ['Talk for Writing'], sameHub: false, matchedOn: 'area' };

const KEEPER = ['academies.list', 'expertise.search', 'expertise.register', 'expertise.update', 'expertise.withdraw'];

function readsAs(permissions: string[]): FakeApi {
  return ({ path }) => {
    if (path === '/auth/me') return meAnswer(permissions, ['improvement-director']);
    if (path === '/academies') return { body: academies };
    if (path === '/expertise') return { body: [priya] };
    return undefined;
  };
}

function render(permissions: string[], answers: FakeAnswer[], route = '/expertise') {
  const log = commandLog(readsAs(permissions), answers);
  return { ...renderConsole(<ExpertisePage />, { route, api: log.api }), sent: log.sent };
}

const change = (label: RegExp, value: string, scope: HTMLElement = document.body): void => {
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
};

describe('the database of expertise', () => {
  it('searches by area for an academy to support, leaving out its own staff and putting its hub first, by name', async () => {
    const rendered = render(KEEPER, [recorded('priya-shah', '50')]);
    await screen.findAllByText('Kingsmead Academy (URN 146034)');
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Choose the area to search for')).toBeInTheDocument();
    const search = screen.getByRole('form', { name: 'Search' });
    change(/^Area/, 'phonics', search);
    change(/^Academy to support/, '146034', search);
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    const table = await screen.findByRole('table', { name: 'Staff with this expertise' });
    expect(rendered.requests).toContain('GET /expertise?area=phonics&excludeAcademyId=146034&hub=Central');
    expect(screen.getByTestId('location')).toHaveTextContent('/expertise?area=phonics&for=146034&hub=Central');
    const row = within(table).getByText('Priya Shah').closest('tr')!;
    expect(row).toHaveTextContent('Oakfield Primary Academy (URN 141023)');
    expect(row).toHaveTextContent('Phonics, Early reading, Talk for Writing');
  });

  it('searches any other words against the areas staff wrote themselves', async () => {
    const rendered = render(KEEPER, []);
    const search = await screen.findByRole('form', { name: 'Search' });
    change(/^Area/, '__another__', search);
    change(/^Another area/, 'Talk for Writing', search);
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByRole('table', { name: 'Staff with this expertise' });
    expect(rendered.requests).toContain('GET /expertise?area=Talk%20for%20Writing');
  });

  it('offers a reader who may only search no form and no action on an entry', async () => {
    render(['academies.list', 'expertise.search'], [], '/expertise?area=phonics');
    await screen.findByRole('table', { name: 'Staff with this expertise' });
    expect(screen.queryByRole('button', { name: /Update|Withdraw|Register/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Register a member of staff' })).not.toBeInTheDocument();
  });

  it("updates an entry from a search, sending it whole, and reads the search again at the write's position", async () => {
    const rendered = render(KEEPER, [recorded('priya-shah', '50', ['ExpertiseUpdated'])], '/expertise?area=phonics');
    fireEvent.click(await screen.findByRole('button', { name: "Update Priya Shah's entry" }));
    const form = screen.getByRole('form', { name: "Update Priya Shah's entry" });
    expect(within(form).getByLabelText('Phonics')).toBeChecked();
    expect(within(form).queryByLabelText(/^Staff id/)).not.toBeInTheDocument();
    fireEvent.click(within(form).getByLabelText('Writing'));
    fireEvent.click(within(form).getByRole('button', { name: 'Update the entry' }));
    expect(await within(form).findByText("Priya Shah's entry is updated.")).toBeInTheDocument();
    expect(rendered.sent[0]).toMatchObject({
      method: 'PUT',
      path: '/expertise/priya-shah',
      body: { name: 'Priya Shah', academyId: '141023', role: 'teacher', areas: ['phonics', 'early-reading', 'writing'], otherAreas: ['Talk for Writing'] },
    });
    await waitFor(() => expect(rendered.requests).toContain('GET /expertise?area=phonics&minPosition=50'));
  });

  it('withdraws a member of staff with a reason', async () => {
    const rendered = render(KEEPER, [recorded('priya-shah', '51', ['ExpertiseWithdrawn'])], '/expertise?area=phonics');
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw Priya Shah' }));
    const form = screen.getByRole('form', { name: 'Withdraw Priya Shah' });
    change(/^Reason/, 'Left the trust', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Withdraw' }));
    expect(await within(form).findByText('Priya Shah is withdrawn: searches no longer offer them.')).toBeInTheDocument();
    expect(rendered.sent[0]).toMatchObject({ path: '/expertise/priya-shah/withdrawal', body: { reason: 'Left the trust' } });
  });

  it('registers a member of staff: checked first, no academy for central staff, once on a retry, the API\'s messages beside the fields', async () => {
    const rendered = render(KEEPER, [
      { status: 503, body: { statusCode: 503, message: 'The ledger is busy' } },
      badRequest('staffId', 'staffId must be 1 to 64 letters, digits, hyphens or underscores'),
      { status: 409, body: { statusCode: 409, message: 'hana-hub is already listed' } },
    ]);
    const form = await screen.findByRole('form', { name: 'Register a member of staff' });
    fireEvent.click(within(form).getByRole('button', { name: 'Register' }));
    expect(await within(form).findByText('Use 1 to 64 letters, digits, hyphens or underscores, starting with a letter or digit')).toBeInTheDocument();
    expect(within(form).getByText('Write their name')).toBeInTheDocument();
    expect(within(form).getByText('Choose their role')).toBeInTheDocument();
    expect(within(form).getByText('Choose at least one area, or write another')).toBeInTheDocument();

    change(/^Staff id/, 'hana-hub', form);
    change(/^Name/, ' Hana Hub ', form);
    change(/^Role/, 'hub-lead', form);
    expect(within(form).queryByLabelText(/^Academy/)).not.toBeInTheDocument();
    change(/^Other areas/, 'Oracy\n\nNurture groups', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Register' }));
    expect(await within(form).findByText('The ledger is busy')).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(within(form).getByLabelText(/^Staff id/)).toHaveAttribute('aria-invalid', 'true'));
    expect(rendered.sent[0]).toMatchObject({ path: '/expertise', body: { staffId: 'hana-hub', name: 'Hana Hub', academyId: null, role: 'hub-lead', areas: [], otherAreas: ['Oracy', 'Nurture groups'] } });
    expect(rendered.sent[1]!.key).toBe(rendered.sent[0]!.key);

    change(/^Role/, 'headteacher', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Register' }));
    expect(await within(form).findByText("Choose the headteacher's academy")).toBeInTheDocument();
    change(/^Academy/, '146034', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Register' }));
    expect(await within(form).findByText('The ledger already holds this')).toBeInTheDocument();
    expect(within(form).getByText('hana-hub is already listed')).toBeInTheDocument();
    expect(rendered.sent[2]).toMatchObject({ body: { role: 'headteacher', academyId: '146034' } });
    expect(rendered.sent[2]!.key).not.toBe(rendered.sent[0]!.key);
  });
});
