import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ApiClient, Paths } from '../api/client';
import type { Schemas } from '../api/queries';
import { useSession } from '../auth/SessionProvider';
import { useCommand, type Command } from './use-command';

export type CommandAnswer = Schemas['CommandAnswer'];

/** The academy's commands the director's forms send. */
export type AcademyRoute =
  | '/academies/{id}/kpis'
  | '/academies/{id}/kpis/corrections'
  | '/academies/{id}/tier-decisions'
  | '/academies/{id}/inspections'
  | '/academies/{id}/outcomes'
  | '/academies/{id}/annual-reviews'
  | '/academies/{id}/risk-assessments'
  | '/academies/{id}/sip-visits'
  | '/academies/{id}/reviews';

/** The body a route takes, as the API's OpenAPI document says (so a field the API drops fails the typecheck). */
export type BodyOf<Route extends AcademyRoute> = Paths[Route]['post']['requestBody']['content']['application/json'];

type Post<Route extends AcademyRoute> = (
  path: Route,
  init: { params: { path: { id: string }; header: { 'Idempotency-Key': string } }; body: BodyOf<Route> },
) => Promise<{ data?: CommandAnswer; error?: unknown; response: Response }>;

/**
 * The Academy page's reads once their read models have applied `position` (each follows the event store a
 * moment behind): the card, and the tier history after a decision. Refreshing before they have would show
 * the page as it was before the command.
 */
async function readsCaughtUp(api: ApiClient, route: AcademyRoute, academyId: string, position: string): Promise<void> {
  const params = { path: { id: academyId }, query: { minPosition: position } };
  await Promise.allSettled([
    api.GET('/academies/{id}/card', { params }),
    ...(route === '/academies/{id}/tier-decisions' ? [api.GET('/academies/{id}/tier-history', { params })] : []),
  ]);
}

/**
 * One of the academy's commands, sent through useCommand (an Idempotency-Key per distinct body); once
 * recorded, the page's reads are refreshed after their read models have caught up with it.
 */
export function useAcademyCommand<Route extends AcademyRoute>(route: Route, academyId: string): Command<BodyOf<Route>, CommandAnswer> {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const call = useCallback(
    async (body: BodyOf<Route>, idempotencyKey: string) => {
      // openapi-fetch cannot follow a route chosen by a type parameter; Post states what each of these routes takes and answers.
      const post = api.POST as unknown as Post<Route>;
      return post(route, { params: { path: { id: academyId }, header: { 'Idempotency-Key': idempotencyKey } }, body });
    },
    [api, route, academyId],
  );
  const command = useCommand(call);
  const { send } = command;
  const sendAndCatchUp = useCallback(
    async (body: BodyOf<Route>) => {
      const answer = await send(body);
      if (answer !== null) {
        await readsCaughtUp(api, route, academyId, answer.position);
        await queryClient.invalidateQueries();
      }
      return answer;
    },
    [send, api, route, academyId, queryClient],
  );
  return { ...command, send: sendAndCatchUp };
}
