import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { textProblem } from '@trust/domain';
import { badRequest, type FieldProblem } from './bad-request.js';

/** Keys that name an object's prototype machinery: never a field of ours, and a way to pollute prototypes. */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * How many objects and arrays deep any input may nest, the body itself counted. The deepest body of this
 * API nests three (an AIM's attendees: the body, the list, each attendee); class-transformer and
 * class-validator recurse without a limit, so a few kilobytes of brackets would overflow the stack.
 */
export const MAX_INPUT_DEPTH = 10;

/**
 * The first input, as a dotted path from `path`, that no field may hold: nesting deeper than
 * MAX_INPUT_DEPTH (named by its top-level field), a reserved key, or text the domain's rule refuses
 * (textProblem: control characters, bidirectional overrides, unpaired surrogates, only invisible characters).
 */
export function hostileInputAt(value: unknown, path: string, depth = 0, topField = path === '' ? 'body' : path): FieldProblem | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem === null ? null : { field: path, message: `${path}: ${problem}` };
  }
  if (typeof value !== 'object' || value === null) return null;
  if (depth >= MAX_INPUT_DEPTH) return { field: topField, message: `${topField} is nested more than ${MAX_INPUT_DEPTH} levels deep` };
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
  for (const [key, item] of entries) {
    const field = path === '' ? key : `${path}.${key}`;
    if (!Array.isArray(value) && RESERVED_KEYS.has(key)) return { field, message: `${field}: "${key}" is not a field name this API accepts` };
    const keyProblem = textProblem(key);
    if (keyProblem !== null) return { field: path === '' ? 'body' : path, message: `${path === '' ? 'body' : path} has a field name that ${keyProblem}` };
    const found = hostileInputAt(item, field, depth + 1, path === '' && !Array.isArray(value) ? key : topField);
    if (found !== null) return found;
  }
  return null;
}

/**
 * A POST that sends no body at all (no Content-Length, or 0, and not chunked) reads as an empty JSON object,
 * so a route whose fields are all optional takes it (closing a plan's year, with or without `closedOn`) and one
 * with required fields names them. A body the JSON parser did not read (form-encoded) stays unread, and is refused.
 */
export function readNoBodyAsEmpty(request: { method: string; body?: unknown; headers: Record<string, string | string[] | undefined> }, _response: unknown, next: () => void): void {
  const length = request.headers['content-length'];
  const sendsNothing = (length === undefined || length === '0') && request.headers['transfer-encoding'] === undefined;
  if (request.method === 'POST' && request.body === undefined && sendsNothing) request.body = {};
  next();
}

/**
 * Refuses a hostile JSON body as soon as it is parsed, before anything walks it (the Idempotency-Key
 * interceptor hashes the body before any pipe runs): see hostileInputAt.
 */
export function refuseHostileBody(request: { body?: unknown }, _response: unknown, next: (error?: unknown) => void): void {
  const problem = request.body === undefined ? null : hostileInputAt(request.body, '');
  next(problem === null ? undefined : badRequest(problem));
}

/**
 * A ValidationPipe that first refuses a body that is not a JSON object (null, an array, a string, or a body the
 * JSON parser left alone: form-encoded, say), and any body,
 * query or path parameter that hostileInputAt refuses: nesting too deep, a prototype key (`__proto__`,
 * `constructor`, `prototype`: class-validator's whitelist lets them through), or text the domain would
 * refuse, so the 400 names the field wherever the text is.
 */
class ObjectBodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw badRequest({ field: 'body', message: 'The request body must be a JSON object' });
    }
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const problem = hostileInputAt(value, metadata.data ?? '');
      if (problem !== null) throw badRequest(problem);
    }
    return super.transform(value, metadata);
  }
}

/** Every message of a class-validator error tree, each with the dotted path of the field it names. */
export function fieldProblems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent === '' ? error.property : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/**
 * The global pipe: DTOs are validated with class-validator, unknown fields refused (a payload of the
 * wrong shape would be stored forever), and a 400 names each bad field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ObjectBodyValidationPipe({
    whitelist: true,
    stopAtFirstError: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors: ValidationError[]) => {
      const problems = fieldProblems(errors);
      return badRequest(...(problems.length > 0 ? problems : [{ field: 'body', message: 'The request body must be a JSON object' }]));
    },
  });
}
