import type { FormPeerReviewGroup } from './peer-review-group.commands.js';
import {
  ASH,
  badTexts,
  ELM,
  formed,
  GROUP_ID,
  givenGroup as given,
  groupFormed,
  OAK,
} from './test-support/peer-review-fixtures.js';

const form = (overrides: Partial<FormPeerReviewGroup> = {}): FormPeerReviewGroup => ({
  type: 'FormPeerReviewGroup',
  groupId: GROUP_ID,
  name: 'North hub peer review',
  academicYear: '2024/25',
  members: [OAK, ASH, ELM],
  leadHeadteacherId: ASH.headteacherId,
  ...overrides,
});

describe('FormPeerReviewGroup', () => {
  describe('allowed', () => {
    it('forms a group of headteachers with its lead, for the academic year', () => {
      given([]).when(form()).then([formed]);
    });

    it("forms a group for a past year: the trust's past programme, recorded after the fact", () => {
      given([]).when(form({ academicYear: '2022/23' })).then([groupFormed({ academicYear: '2022/23' })]);
    });

    it('forms a group of two academies for next year, trimming names', () => {
      given([])
        .when(form({ academicYear: '2025/26', members: [{ ...OAK, name: ' Ann Oak ' }, ASH], name: ' Pair ' }))
        .then([groupFormed({ academicYear: '2025/26', members: [OAK, ASH], name: 'Pair' })]);
    });
  });

  describe('refused', () => {
    it('a group already formed (409)', () => {
      given([formed]).when(form()).thenThrows('conflict');
    });
  });

  describe('invalid', () => {
    it('groupId', () => {
      given([]).when(form({ groupId: 'north hub' })).thenThrows('invalid', 'groupId');
    });

    it.each(badTexts(200))('name %s', (_label, name) => {
      given([]).when(form({ name: name as string })).thenThrows('invalid', 'name');
    });

    it.each([
      ['malformed', '2024-25'],
    ])('academicYear %s', (_label, academicYear) => {
      given([]).when(form({ academicYear })).thenThrows('invalid', 'academicYear');
    });

    it.each<[string, unknown, string]>([
      ['not a list', OAK, 'members'],
      ['one academy', [OAK], 'members'],
      ['a member that is not an object', [OAK, 'ht-ash'], 'members[1]'],
      ['a member without a headteacherId', [OAK, { name: 'Bob Ash', academyId: '222222' }], 'members[1].headteacherId'],
      ['a headteacherId with spaces around it', [OAK, { ...ASH, headteacherId: ' ht-ash' }], 'members[1].headteacherId'],
      ['a blank name', [OAK, { ...ASH, name: ' ' }], 'members[1].name'],
      ['a malformed academyId', [OAK, { ...ASH, academyId: '22222' }], 'members[1].academyId'],
      ['an academy listed twice', [OAK, ASH, { ...ELM, academyId: OAK.academyId }], 'members[2].academyId'],
      ['a headteacher listed for two academies', [OAK, ASH, { ...ELM, headteacherId: 'ht-oak' }], 'members[2].headteacherId'],
      [
        '21 members',
        Array.from({ length: 21 }, (_, i) => ({
          headteacherId: `ht-${i}`,
          name: `H ${i}`,
          academyId: String(100000 + i),
        })),
        'members',
      ],
    ])('members: %s', (_label, members, field) => {
      given([])
        .when(form({ members: members as FormPeerReviewGroup['members'] }))
        .thenThrows('invalid', field);
    });

    it.each([
      ['not a member', 'ht-birch'],
      ['blank', ''],
    ])('leadHeadteacherId %s', (_label, leadHeadteacherId) => {
      given([]).when(form({ leadHeadteacherId })).thenThrows('invalid', 'leadHeadteacherId');
    });
  });
});
