import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { isConcurrencyConflict, refusalOf, refusalOfError, refusalTitle } from './command-answer';

describe('a command refused by the API, in the words of its form', () => {
  it('puts each 400 message beside the field it names, the longest name first', () => {
    const refusal = refusalOf(400, {
      statusCode: 400,
      error: 'Bad Request',
      fields: ['value', 'valueAsAt', 'term'],
      message: ['valueAsAt must be a date', 'value must be a number', 'term must be one of autumn, spring, summer', 'the body is not JSON'],
    });
    expect(refusal.fields).toEqual({ valueAsAt: ['valueAsAt must be a date'], value: ['value must be a number'], term: ['term must be one of autumn, spring, summer'] });
    expect(refusal.general).toEqual(['the body is not JSON']);
    expect(refusalTitle(refusal)).toBe('Some fields need changing');
  });

  it('keeps a domain refusal (422) or a conflict (409) whole, whatever it mentions', () => {
    const refused = refusalOf(422, { statusCode: 422, message: 'term autumn 2024/25 already has a figure: correct it instead', fields: ['term'] });
    expect(refused).toEqual({ status: 422, fields: {}, general: ['term autumn 2024/25 already has a figure: correct it instead'] });
    const race = refusalOf(409, { message: 'The record was changed by another request at the same time; retry the request' });
    expect(refusalTitle(race)).toBe('Someone else changed this meanwhile');
    expect(isConcurrencyConflict(race)).toBe(true);
    const already = refusalOf(409, { message: 'recharge r-1 was already reversed on 2025-03-15' });
    expect(refusalTitle(already)).toBe('The ledger already holds this');
    expect(isConcurrencyConflict(already)).toBe(false);
  });

  it('says something when the API says nothing, and tells a failed network from a refusal', () => {
    expect(refusalOf(500, null).general).toEqual(['The ledger refused this (500).']);
    expect(refusalOfError(new ApiError(403, 'not yours')).general).toEqual(['not yours']);
    const offline = refusalOfError(new TypeError('Failed to fetch'));
    expect(offline.status).toBe(0);
    expect(offline.general[0]).toContain('recorded once');
  });
});
