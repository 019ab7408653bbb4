import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { badRequest, type FieldProblem } from './bad-request.js';

/** A ValidationPipe that first refuses a body that is not a JSON object (an array, a string). */
class ObjectBodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw badRequest({ field: 'body', message: 'The request body must be a JSON object' });
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
