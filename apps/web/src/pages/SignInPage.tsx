import { Alert, Button, Container, Divider, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { dataOf } from '../api/client';
import { EXPIRED_PARAM, useSession } from '../auth/SessionProvider';
import { safeReturnTo } from '../auth/session-store';
import { roleLabel, ROLE_LABELS } from '../format/format';

const SCOPED_ROLES = ['headteacher', 'governor', 'sip'];

interface FieldErrors {
  role?: string;
  academy?: string;
  name?: string;
  form?: string;
}

/** Sign-in: the development form where the API offers it, and the organisation's issuer where one is configured. */
export default function SignInPage() {
  const { api, session, signedIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const config = useQuery({ queryKey: ['sign-in-config'], queryFn: async () => dataOf(await api.GET('/auth/config')) });
  const [role, setRole] = useState('trust-admin');
  const [academy, setAcademy] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  if (session !== null) return <Navigate to={returnTo} replace />;
  const scoped = SCOPED_ROLES.includes(role);

  async function signInForDevelopment(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const answer = await api.POST('/auth/development-token', {
        body: { role: role as 'trust-admin', name, ...(scoped ? { academy: academy.trim() } : {}) },
      });
      if (answer.data !== undefined) {
        signedIn({ token: answer.data.token, kind: 'development' });
        void navigate(returnTo, { replace: true });
        return;
      }
      const error = answer.error as { message?: string | string[]; fields?: string[] } | undefined;
      const messages = Array.isArray(error?.message) ? error.message : [error?.message ?? 'Sign-in failed'];
      const next: FieldErrors = {};
      for (const message of messages) {
        const field = (['role', 'academy', 'name'] as const).find((candidate) => message.startsWith(candidate));
        next[field ?? 'form'] = message;
      }
      setErrors(next);
    } catch (error: unknown) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  async function signInWithOrganisation() {
    if (config.data?.oidc === null || config.data?.oidc === undefined) return;
    setBusy(true);
    try {
      const { signInWithIssuer } = await import('../auth/oidc');
      await signInWithIssuer(config.data.oidc, returnTo);
    } catch (error: unknown) {
      setErrors({ form: `The organisation's sign-in could not start: ${error instanceof Error ? error.message : String(error)}` });
      setBusy(false);
    }
  }

  return (
    <Container size="xs" py="xl" component="main">
      <Title order={1} mb="md">
        Sign in
      </Title>
      <Text mb="md">Trust Improvement Ledger: the trust's record of school improvement.</Text>
      {params.get(EXPIRED_PARAM) !== null && (
        <Alert color="yellow" role="status" mb="md">
          Your session has ended. Sign in again to return to the page you were on.
        </Alert>
      )}
      {errors.form !== undefined && (
        <Alert color="red" role="alert" mb="md">
          {errors.form}
        </Alert>
      )}
      {config.isPending && <Text role="status">Loading how to sign in…</Text>}
      {config.error !== null && <Alert color="red">The ledger did not answer: {String(config.error)}</Alert>}
      {config.data !== undefined && (
        <Stack>
          {config.data.oidc !== null && (
            <Button size="md" onClick={() => void signInWithOrganisation()} loading={busy}>
              Sign in with your organisation
            </Button>
          )}
          {config.data.oidc !== null && config.data.development && <Divider label="or, for development" labelPosition="center" />}
          {config.data.development && (
            <Paper withBorder p="md" component="form" onSubmit={(event) => void signInForDevelopment(event)} aria-label="Development sign-in">
              <Stack>
                <Text size="sm" c="dimmed">
                  Development sign-in: choose who to be. It exists only while the ledger runs with its development secret.
                </Text>
                <NativeSelect
                  label="Role"
                  value={role}
                  onChange={(event) => setRole(event.currentTarget.value)}
                  data={Object.keys(ROLE_LABELS).map((value) => ({ value, label: roleLabel(value) }))}
                  error={errors.role}
                />
                {scoped && (
                  <TextInput
                    label="Academy"
                    description="The academy's URN (six digits)"
                    value={academy}
                    onChange={(event) => setAcademy(event.currentTarget.value)}
                    inputMode="numeric"
                    required
                    error={errors.academy}
                  />
                )}
                <TextInput label="Name" value={name} onChange={(event) => setName(event.currentTarget.value)} required error={errors.name} autoComplete="name" />
                <Button type="submit" loading={busy}>
                  Sign in
                </Button>
              </Stack>
            </Paper>
          )}
          {!config.data.development && config.data.oidc === null && <Alert color="gray">No sign-in is configured: ask the trust's administrator.</Alert>}
        </Stack>
      )}
    </Container>
  );
}
