import { ApiError } from '../api/client';

/**
 * What the API said to a command, in the words a form shows: the messages that belong beside a field,
 * and the rest. A 400 names each field at fault (`fields`) and says why in `message`, each message
 * beginning with the field's name (`kpi must be one of: …`); a 409, 422, 403 or 404 is one refusal.
 */
export interface CommandRefusal {
  status: number;
  /** Messages beside fields: the field's name (as the API names it, e.g. `value` or `grades.quality`) to its messages. */
  fields: Record<string, string[]>;
  /** What is not about one field: the domain's refusal, a conflict, a missing academy. */
  general: string[];
}

interface ErrorBody {
  message?: unknown;
  fields?: unknown;
}

function messagesOf(body: ErrorBody): string[] {
  if (Array.isArray(body.message)) return body.message.filter((item): item is string => typeof item === 'string');
  return typeof body.message === 'string' ? [body.message] : [];
}

/** Splits a refusal's messages between the fields it names and the rest (longest field name first, so `value` does not take `valueAsAt`'s). */
export function refusalOf(status: number, body: unknown): CommandRefusal {
  const errorBody: ErrorBody = typeof body === 'object' && body !== null ? body : {};
  const messages = messagesOf(errorBody);
  const named = Array.isArray(errorBody.fields) ? errorBody.fields.filter((item): item is string => typeof item === 'string') : [];
  const byLength = [...named].sort((a, b) => b.length - a.length);
  const fields: Record<string, string[]> = {};
  const general: string[] = [];
  for (const message of messages) {
    const field = status === 400 ? byLength.find((name) => message === name || message.startsWith(`${name} `) || message.startsWith(`${name}.`) || message.startsWith(`${name}:`)) : undefined;
    if (field === undefined) general.push(message);
    else (fields[field] ??= []).push(message);
  }
  if (messages.length === 0) general.push(`The ledger refused this (${status}).`);
  return { status, fields, general };
}

/** A refusal from whatever a command's call threw: an answer of the API, or a network that failed. */
export function refusalOfError(error: unknown): CommandRefusal {
  if (error instanceof ApiError) return { status: error.status, fields: {}, general: [error.message] };
  return { status: 0, fields: {}, general: [`The ledger could not be reached: ${error instanceof Error ? error.message : String(error)}. Nothing is lost: send it again, and it is recorded once.`] };
}

/** The API's words for a write that lost a race with another (its other 409s are the domain's: "already reversed"). */
const RACE_LOST = 'The record was changed by another request';

/** A 409 because someone else changed the record meanwhile: reloading and sending again may succeed. */
export function isConcurrencyConflict(refusal: CommandRefusal): boolean {
  return refusal.status === 409 && refusal.general.some((message) => message.startsWith(RACE_LOST));
}

/** The first line of a refusal, as the heading over its messages. */
export function refusalTitle(refusal: CommandRefusal): string {
  switch (refusal.status) {
    case 400:
      return 'Some fields need changing';
    case 403:
      return 'You may not do this';
    case 404:
      return 'Not found';
    case 409:
      return isConcurrencyConflict(refusal) ? 'Someone else changed this meanwhile' : 'The ledger already holds this';
    case 422:
      return 'The ledger refused this';
    case 0:
      return 'Not sent';
    default:
      return 'Not recorded';
  }
}
