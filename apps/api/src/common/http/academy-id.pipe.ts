import { Injectable, Param, type PipeTransform } from '@nestjs/common';
import { ACADEMY_ID_PATTERN } from '@trust/domain';
import { badRequest } from './bad-request.js';

export const URN_PATTERN = new RegExp(ACADEMY_ID_PATTERN);

/** Validates the `:id` path parameter as an academy URN (6 digits). */
@Injectable()
export class AcademyIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!URN_PATTERN.test(value)) {
      throw badRequest({ field: 'id', message: 'id must be an academy URN of exactly 6 digits' });
    }
    return value;
  }
}

/** The academy URN of the path (`/academies/:id/...`), validated. */
export const AcademyIdParam = (): ParameterDecorator => Param('id', AcademyIdPipe);
