import { academicYearOfDelivery, CENTRALLY_EMPLOYED_ROLES, rechargeDecider, rechargeStreamId, SUPPORT_ROLES, type LogRecharge } from '@trust/domain';
import { dateCell, numberCell, optionalText } from '../cells.js';
import type { ImportKind } from '../import-kind.js';
import { importRecordId } from './import-record-id.js';

type RechargeRow = Omit<LogRecharge, 'type' | 'rechargeId' | 'rateCard'>;

/**
 * Days of support recharged (LogRecharge), priced as the API prices them: by the rate card in force for the
 * academic year of `deliveredOn`. The recharge's id comes from the row, so the same row imported again is
 * the same recharge; two identical rows are two recharges.
 */
export const rechargesKind: ImportKind<RechargeRow> = {
  name: 'recharges',
  summary: 'Days of support given to an academy, recharged to it at the rate card of their academic year.',
  repeatsAllowed: true,
  columns: [
    { name: 'supportedAcademyId', required: true, description: 'The academy supported, which is charged (URN).', example: '138201' },
    { name: 'providerRole', required: true, description: `Who gave the support: one of ${SUPPORT_ROLES.join(', ')}.`, example: 'teacher' },
    {
      name: 'providerAcademyId',
      required: false,
      description: 'The academy whose member of staff gave the support (URN); empty for the improvement director and hub leads, whom the trust employs.',
      example: '141023',
    },
    { name: 'days', required: true, description: 'Days of support, in half days: 0.5, 1, 1.5 …', example: '1.5' },
    { name: 'deliveredOn', required: true, description: 'The day the support was given: 12/11/2024 (day first) or 2024-11-12.', example: '12/11/2024' },
    { name: 'description', required: true, description: 'What the support was.', example: 'Phonics coaching in Year 1' },
  ],
  read: (cells) => ({
    supportedAcademyId: optionalText(cells['supportedAcademyId']) ?? '',
    providerRole: optionalText(cells['providerRole']) ?? '',
    providerAcademyId: optionalText(cells['providerAcademyId']),
    days: numberCell(cells['days'], 'days'),
    deliveredOn: dateCell(cells['deliveredOn'], 'deliveredOn'),
    description: optionalText(cells['description']) ?? '',
  }),
  naturalKey: (row) => JSON.stringify([row.supportedAcademyId, row.providerRole, row.providerAcademyId, row.days, row.deliveredOn, row.description]),
  // Every recharge is a stream of its own: rows wait for none other.
  lane: (row) => rechargesKind.naturalKey(row),
  steps: async (row, lookups, key) => {
    const provider = CENTRALLY_EMPLOYED_ROLES.some((role) => role === row.providerRole) ? null : row.providerAcademyId;
    await lookups.ensureAcademies([row.supportedAcademyId, ...(provider === null ? [] : [provider])]);
    const rateCard = await lookups.rateCardInForce(academicYearOfDelivery(row.deliveredOn));
    const rechargeId = importRecordId('recharge', key);
    return [{ streamId: rechargeStreamId(rechargeId), decider: rechargeDecider, command: { type: 'LogRecharge', rechargeId, ...row, rateCard } satisfies LogRecharge }];
  },
};
