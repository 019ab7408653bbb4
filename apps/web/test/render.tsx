import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { SessionProvider } from '../src/auth/SessionProvider';
import { writeSession } from '../src/auth/session-store';

/** An answer of the fake API: a status and a JSON body (or text), with headers. */
export interface FakeAnswer {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** The API as a function of the request's path and query (method and path, e.g. `GET /auth/me`). */
export type FakeApi = (request: { method: string; path: string; query: URLSearchParams; headers: Headers; body: string | null }) => FakeAnswer | undefined;

export interface Rendered extends RenderResult {
  /** Every request the page made, as `METHOD /path?query`. */
  requests: string[];
}

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

/** Renders a page of the console at `route`, signed in (unless `token` is null), against a fake API. */
export function renderConsole(element: ReactElement, { route = '/', path = '*', api, token = 'test-token' }: { route?: string; path?: string; api: FakeApi; token?: string | null }): Rendered {
  window.localStorage.clear();
  if (token !== null) writeSession({ token, kind: 'development' });
  const requests: string[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    requests.push(`${request.method} ${url.pathname}${url.search}`);
    const body = request.method === 'GET' ? null : await request.text();
    const answer = api({ method: request.method, path: url.pathname, query: url.searchParams, headers: request.headers, body }) ?? { status: 404, body: { statusCode: 404, message: 'not faked' } };
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status ?? 200, headers: { 'content-type': typeof answer.body === 'string' ? 'text/csv' : 'application/json', ...answer.headers } });
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const rendered = render(
    <MantineProvider>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[route]}>
          <SessionProvider fetchImpl={fetchImpl}>
            <Routes>
              <Route path={path} element={element} />
              <Route path="/sign-in" element={<p>Sign-in page</p>} />
            </Routes>
            <LocationProbe />
          </SessionProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return Object.assign(rendered, { requests });
}

/** /auth/me as a user with these permissions. */
export function meAnswer(permissions: string[], roles: string[] = ['trust-admin']): FakeAnswer {
  return { body: { userId: 'u1', name: 'Tess Test', roles, academies: [], permissions } };
}
