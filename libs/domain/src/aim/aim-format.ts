import { parseOneOf } from '../values/one-of.js';

/**
 * Seed 003: "AIMs are typically 9-1 p.m. with the meeting from 2-4 p.m. for a one day AIM, and 9-4 p.m.
 * with a meeting the following day from 9-11 a.m. for a 1.5 day AIM."
 */
export const AIM_FORMATS = ['one-day', 'one-and-a-half-day'] as const;
export type AimFormat = (typeof AIM_FORMATS)[number];

export function parseAimFormat(input: unknown, field: string): AimFormat {
  return parseOneOf(AIM_FORMATS, input, field);
}

/**
 * The improvement director's core days an AIM takes. Seed 003: "Each of our academies is entitled to up
 * to six days of improvement support ... Included within these days are three Academy Improvement
 * Meetings (AIM)". The compliance projection counts a held AIM's days toward the entitlement.
 */
export function coreDaysOfAim(format: AimFormat): number {
  switch (format) {
    case 'one-day':
      return 1;
    case 'one-and-a-half-day':
      return 1.5;
    default: {
      const _exhaustive: never = format;
      return _exhaustive;
    }
  }
}
