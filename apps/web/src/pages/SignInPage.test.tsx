import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderConsole, type FakeApi } from '../../test/render';
import SignInPage from './SignInPage';

describe('the sign-in page', () => {
  it('offers the development form: Role, Academy for the scoped roles, Name, and shows the API\'s field messages beside the fields', async () => {
    const sent: string[] = [];
    const api: FakeApi = ({ path, body }) => {
      if (path === '/auth/config') return { body: { development: true, oidc: null } };
      if (path === '/auth/development-token') {
        sent.push(body ?? '');
        return { status: 400, body: { statusCode: 400, error: 'Bad Request', message: ['academy must be an academy URN of exactly 6 digits'], fields: ['academy'] } };
      }
      return undefined;
    };
    renderConsole(<SignInPage />, { route: '/sign-in', path: '/sign-in', api, token: null });
    const role = await screen.findByLabelText('Role');
    expect(screen.queryByLabelText(/Academy/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in with your organisation' })).not.toBeInTheDocument();
    fireEvent.change(role, { target: { value: 'governor' } });
    fireEvent.change(screen.getByLabelText(/Academy/), { target: { value: '1425' } });
    fireEvent.change(screen.getByLabelText(/Name/), { target: { value: 'Gail Governor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('academy must be an academy URN of exactly 6 digits')).toBeInTheDocument();
    expect(screen.getByLabelText(/Academy/)).toHaveAttribute('aria-invalid', 'true');
    expect(JSON.parse(sent[0]!)).toEqual({ role: 'governor', name: 'Gail Governor', academy: '1425' });
  });

  it('signs in and returns to the page the user was on', async () => {
    const api: FakeApi = ({ path }) => {
      if (path === '/auth/config') return { body: { development: true, oidc: null } };
      if (path === '/auth/development-token') return { body: { token: 'minted', expiresAt: '2030-01-01T00:00:00Z' } };
      return undefined;
    };
    renderConsole(<SignInPage />, { route: '/sign-in?returnTo=%2Ffinance%3Fyear%3D2024%2F25%26asOf%3D2025-01-20T12%3A00%3A00Z', path: '/sign-in', api, token: null });
    fireEvent.change(await screen.findByLabelText(/Name/), { target: { value: 'Fiona Finance' } });
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'finance' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/finance?year=2024/25&asOf=2025-01-20T12:00:00Z'));
    expect(window.localStorage.getItem('trust-ledger.session')).toContain('minted');
  });

  it('offers the organisation\'s sign-in alone when an issuer is configured and the development one is not', async () => {
    const api: FakeApi = ({ path }) => (path === '/auth/config' ? { body: { development: false, oidc: { authority: 'https://login.example.org', clientId: 'console', scope: 'openid profile' } } } : undefined);
    renderConsole(<SignInPage />, { route: '/sign-in', path: '/sign-in', api, token: null });
    expect(await screen.findByRole('button', { name: 'Sign in with your organisation' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Role')).not.toBeInTheDocument();
  });

  it('tells a user whose session ended why they are here', async () => {
    renderConsole(<SignInPage />, { route: '/sign-in?expired=1&returnTo=%2F', path: '/sign-in', api: () => ({ body: { development: true, oidc: null } }), token: null });
    expect(await screen.findByText(/Your session has ended/)).toBeInTheDocument();
  });
});
