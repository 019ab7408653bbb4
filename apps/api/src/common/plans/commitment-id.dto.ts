import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { textMessage } from '../http/field-messages.js';

/**
 * The optional `commitmentId` of a delivery's body (a core day, a recharge, a trust-commissioned review): the
 * support commitment of the academy's improvement plan it delivers. Its shape is the domain's to check (400
 * naming `commitmentId`); a commitment the plan for that academic year does not have is refused (422).
 */
export function CommitmentIdProperty(whose: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      description:
        `The support commitment of ${whose} improvement plan for that academic year that this delivers (a commitment "shows its delivery": ` +
        'the core days, recharged development days and reviews that delivered it). Left out when it delivers none named; ' +
        'refused (422) when the plan for that year has no such commitment, or there is no plan.',
      example: 'c-writing-partner',
    }),
    IsOptional(),
    IsString({ message: textMessage('commitmentId') }),
  );
}
