import { Anchor, AppShell, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import { roleLabel } from '../format/format';
import { TimeTravelBanner } from '../time-travel/TimeTravelBanner';
import { TimeTravelControls } from '../time-travel/TimeTravelControls';
import { useTimeTravel, withTravel } from '../time-travel/time-travel';
import { navigationFor } from './navigation';

/** Every signed-in page: who is signed in and Sign out, the navigation the user's roles allow, time travel, the banner. */
export function Layout() {
  const { me, signOut } = useSession();
  const { travel } = useTimeTravel();
  const location = useLocation();
  const items = navigationFor(me?.permissions ?? []);
  return (
    <AppShell header={{ height: { base: 'auto' } }} padding="md">
      <AppShell.Header p="sm" pos="static">
        <Anchor href="#main" className="skip-link">
          Skip to the page
        </Anchor>
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="lg" wrap="wrap">
            <Text fw={700} size="lg" component="span">
              Trust Improvement Ledger
            </Text>
            <nav aria-label="Main">
              <Group gap="md" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {items.map((item) => (
                  <li key={item.path}>
                    <Anchor
                      component={NavLink}
                      to={withTravel(item.path, travel)}
                      end={item.path === '/'}
                      fw={500}
                      aria-current={(item.path === '/' ? location.pathname === '/' : location.pathname.startsWith(item.path)) ? 'page' : undefined}
                    >
                      {item.label}
                    </Anchor>
                  </li>
                ))}
              </Group>
            </nav>
          </Group>
          <Group gap="sm">
            {me !== undefined && (
              <Text size="sm" data-testid="signed-in-user">
                <VisuallyHidden>Signed in as </VisuallyHidden>
                <strong>{me.name}</strong>, {me.roles.map(roleLabel).join(', ') || 'no role'}
              </Text>
            )}
            <Button size="xs" variant="default" onClick={() => void signOut()}>
              Sign out
            </Button>
          </Group>
        </Group>
        <Group mt="xs">
          <TimeTravelControls />
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" pt="md">
        <TimeTravelBanner />
        <Suspense fallback={<Text role="status">Loading the page…</Text>}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
