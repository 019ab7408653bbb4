import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy, type ValidationOptions } from 'class-validator';
import type { HttpResponse } from '../http/http-types.js';

export const MAX_PAGE_LIMIT = 1000;
/** The header that gives the number of items of the whole list when a page of it is answered. */
export const TOTAL_COUNT_HEADER = 'X-Total-Count';

export function IsWholeNumber(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isWholeNumberInRange',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\d{1,9}$/.test(value) && Number(value) >= min && Number(value) <= max,
        defaultMessage: () => `$property must be a whole number from ${min} to ${max}`,
      },
    },
    options,
  );
}

/** `limit` and `offset` of a list that grows with the trust; without `limit` the whole list is answered. */
export class PageQuery {
  @ApiPropertyOptional({ description: `At most this many items (1 to ${MAX_PAGE_LIMIT}); the whole list without it. The total is in X-Total-Count.`, example: '50', pattern: '^\\d+$' })
  @IsOptional()
  @IsWholeNumber(1, MAX_PAGE_LIMIT)
  limit?: string;

  @ApiPropertyOptional({ description: 'Skip this many items first (default 0).', example: '0', pattern: '^\\d+$' })
  @IsOptional()
  @IsWholeNumber(0, 999_999_999)
  offset?: string;
}

/** The page of `items` the query asks for; sets X-Total-Count to the length of the whole list. */
export function pageOf<T>(items: readonly T[], query: PageQuery, response: Pick<HttpResponse, 'setHeader'>): T[] {
  response.setHeader(TOTAL_COUNT_HEADER, String(items.length));
  const offset = query.offset === undefined ? 0 : Number(query.offset);
  const end = query.limit === undefined ? undefined : offset + Number(query.limit);
  return items.slice(offset, end);
}

/** How the OpenAPI document describes X-Total-Count on a paged answer. */
export const TOTAL_COUNT_HEADER_DOC = {
  [TOTAL_COUNT_HEADER]: { description: 'How many items the whole list has (with limit and offset, more than this page may hold).', schema: { type: 'string' } },
};
