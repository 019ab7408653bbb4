import { parseOneOf } from '../values/one-of.js';

/**
 * Seed 003: "As we develop and grow our Database of Expertise, we will increasingly grow our capacity", and
 * "each Headteacher is a strategic lead in at least one area". The known areas are those the seed's
 * improvement work names (commissioning by "Key Stage or phase, or in an area of the curriculum or
 * provision"; "Talk for Writing and Maths No Problem training"; SENCOs, English leaders, chairs of
 * governors, business managers; Pupil Premium; SIAMS; the NQT programme). Anything else goes in
 * `otherAreas`, as free text.
 */
export const EXPERTISE_AREAS = [
  'phonics',
  'early-reading',
  'writing',
  'english',
  'maths-mastery',
  'science',
  'computing',
  'humanities',
  'curriculum-design',
  'assessment',
  'send',
  'eal',
  'pupil-premium',
  'behaviour',
  'attendance',
  'safeguarding',
  'early-years',
  'leadership',
  'middle-leadership',
  'governance',
  'school-business-management',
  'church-school-distinctiveness',
  'early-career-teachers',
] as const;
export type ExpertiseArea = (typeof EXPERTISE_AREAS)[number];

export function parseExpertiseArea(input: unknown, field: string): ExpertiseArea {
  return parseOneOf(EXPERTISE_AREAS, input, field);
}
