import { Alert, Anchor, Container, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { dataOf } from '../api/client';
import { useSession } from '../auth/SessionProvider';
import { safeReturnTo } from '../auth/session-store';

/** Where the issuer sends the user back: the code is exchanged (with the PKCE verifier) and the user returns to their page. */
export default function OidcCallbackPage() {
  const { api, signedIn } = useSession();
  const navigate = useNavigate();
  const config = useQuery({ queryKey: ['sign-in-config'], queryFn: async () => dataOf(await api.GET('/auth/config')) });
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    const oidc = config.data?.oidc;
    if (oidc === undefined || oidc === null || started.current) return;
    started.current = true;
    void (async () => {
      try {
        const { completeIssuerSignIn } = await import('../auth/oidc');
        const { token, returnTo } = await completeIssuerSignIn(oidc);
        signedIn({ token, kind: 'oidc' });
        void navigate(safeReturnTo(returnTo), { replace: true });
      } catch (failure: unknown) {
        setError(failure instanceof Error ? failure.message : String(failure));
      }
    })();
  }, [config.data, navigate, signedIn]);

  return (
    <Container size="xs" py="xl" component="main">
      <Title order={1}>Signing in</Title>
      {error === null ? (
        <Text role="status">Completing the sign-in with your organisation…</Text>
      ) : (
        <Alert color="red" role="alert" mt="md">
          The sign-in could not be completed: {error}.{' '}
          <Anchor component={Link} to="/sign-in">
            Try again
          </Anchor>
        </Alert>
      )}
    </Container>
  );
}
