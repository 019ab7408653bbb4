import { Injectable, Param, type PipeTransform } from '@nestjs/common';
import { DomainError, parseRecordId } from '@trust/domain';
import { badRequest } from '../common/http/bad-request.js';

/** Validates the `:aimId` path parameter (400 naming `aimId`). */
@Injectable()
export class AimIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    try {
      return parseRecordId(value, 'aimId');
    } catch (error: unknown) {
      if (error instanceof DomainError) throw badRequest({ field: 'aimId', message: `aimId ${error.message}` });
      throw error;
    }
  }
}

/** The AIM id of the path (`/aims/:aimId/...`), validated. */
export const AimIdParam = (): ParameterDecorator => Param('aimId', AimIdPipe);
