import { BadRequestException } from '@nestjs/common';

export interface FieldProblem {
  /** The input at fault: a body field (`kpi`, `predecessorUrns`), a path or query parameter (`id`, `minPosition`) or a header. */
  field: string;
  message: string;
}

/** The body of every 400: each message, and the distinct fields they name. */
export interface BadRequestBody {
  statusCode: 400;
  error: 'Bad Request';
  message: string[];
  fields: string[];
}

export function badRequestBody(problems: readonly FieldProblem[]): BadRequestBody {
  return {
    statusCode: 400,
    error: 'Bad Request',
    message: problems.map((problem) => problem.message),
    fields: [...new Set(problems.map((problem) => problem.field))],
  };
}

export function badRequest(...problems: FieldProblem[]): BadRequestException {
  return new BadRequestException(badRequestBody(problems));
}
