import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { badRequest, type FieldProblem } from './bad-request.js';

/** Keys that name an object's prototype machinery: never a field of ours, and a way to pollute prototypes. */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// NUL, and a UTF-16 surrogate without its pair: PostgreSQL stores neither in text or jsonb (the query fails).
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first input, as a dotted path from `path`, that no field may hold: a reserved key, or text PostgreSQL cannot store. */
export function hostileInputAt(value: unknown, path: string, depth = 0): FieldProblem | null {
  if (typeof value === 'string') {
    return UNSTORABLE_TEXT.test(value) ? { field: path, message: `${path} contains a character that cannot be stored (NUL or an unpaired surrogate)` } : null;
  }
  if (typeof value !== 'object' || value === null || depth > 32) return null;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
  for (const [key, item] of entries) {
    const field = path === '' ? key : `${path}.${key}`;
    if (!Array.isArray(value) && RESERVED_KEYS.has(key)) return { field, message: `${field}: "${key}" is not a field name this API accepts` };
    if (UNSTORABLE_TEXT.test(key)) return { field: path === '' ? 'body' : path, message: `${path === '' ? 'body' : path} has a field name that cannot be stored (NUL or an unpaired surrogate)` };
    const found = hostileInputAt(item, field, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/**
 * A ValidationPipe that first refuses a body that is not a JSON object (an array, a string), and any body,
 * query or path parameter holding a prototype key (`__proto__`, `constructor`, `prototype`: class-validator's
 * whitelist lets them through) or text PostgreSQL cannot store (which would otherwise fail as a 500).
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
