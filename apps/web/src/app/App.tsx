import { Text } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { EXPIRED_PARAM, useSession } from '../auth/SessionProvider';
import { AcademyRoute } from '../pages/academy/AcademyRoute';
import { Layout } from './Layout';

// Each page is its own chunk, loaded when first visited: the initial JavaScript stays small.
const SignInPage = lazy(() => import('../pages/SignInPage'));
const OidcCallbackPage = lazy(() => import('../pages/OidcCallbackPage'));
const TrustOverviewPage = lazy(() => import('../pages/TrustOverviewPage'));
const TierDecisionsPage = lazy(() => import('../pages/TierDecisionsPage'));
const CompliancePage = lazy(() => import('../pages/CompliancePage'));
const FinancePage = lazy(() => import('../pages/FinancePage'));
const AdminPage = lazy(() => import('../pages/admin/AdminPage'));
const ImportsPage = lazy(() => import('../pages/imports/ImportsPage'));
const ExpertisePage = lazy(() => import('../pages/expertise/ExpertisePage'));
const PeerReviewsPage = lazy(() => import('../pages/peer-reviews/PeerReviewsPage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));

/** Pages that need a session: without one, to sign-in, coming back here afterwards. */
export function SessionGuard({ children }: { children: ReactNode }) {
  const { session, ended } = useSession();
  const location = useLocation();
  if (session === null) {
    const returnTo = `returnTo=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/sign-in?${ended ? `${EXPIRED_PARAM}=1&` : ''}${returnTo}`} replace />;
  }
  return <>{children}</>;
}

function RequireSession() {
  return (
    <SessionGuard>
      <Layout />
    </SessionGuard>
  );
}

export function App() {
  return (
    <Suspense fallback={<Text role="status">Loading…</Text>}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/oidc-callback" element={<OidcCallbackPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<TrustOverviewPage />} />
          <Route path="/academies/:urn" element={<AcademyRoute />} />
          <Route path="/tier-decisions" element={<TierDecisionsPage />} />
          <Route path="/compliance" element={<CompliancePage />} />
          <Route path="/finance" element={<FinancePage />} />
          <Route path="/admin" element={<AdminPage />} />
          <Route path="/admin/imports" element={<ImportsPage />} />
          <Route path="/peer-reviews" element={<PeerReviewsPage />} />
          <Route path="/expertise" element={<ExpertisePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
