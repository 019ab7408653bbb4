import { Injectable, Param, type PipeTransform } from '@nestjs/common';
import { DomainError, parseRechargeId } from '@trust/domain';
import { badRequest } from '../common/http/bad-request.js';

/** Validates the `:id` path parameter as a recharge id (400 naming `id`). */
@Injectable()
export class RechargeIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    try {
      return parseRechargeId(value, 'id');
    } catch (error: unknown) {
      if (error instanceof DomainError) throw badRequest({ field: 'id', message: error.message });
      throw error;
    }
  }
}

/** The recharge id of the path (`/recharges/:id/...`), validated. */
export const RechargeIdParam = (): ParameterDecorator => Param('id', RechargeIdPipe);
