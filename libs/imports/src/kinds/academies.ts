import { ACADEMY_PHASES, type RegisterAcademy } from '@trust/domain';
import { dateCell, listCell, optionalText } from '../cells.js';
import { academyStreamKind } from './academy-stream-kind.js';

/** An academy joining the trust (RegisterAcademy), with the URNs its school held before. */
export const academiesKind = academyStreamKind<RegisterAcademy>({
  name: 'academies',
  summary: 'An academy that has joined the trust, with the URNs its school held before.',
  columns: [
    { name: 'academyId', required: true, description: 'The academy URN: 6 digits.', example: '138201' },
    { name: 'name', required: true, description: 'The academy\'s name.', example: 'Oakfield Primary Academy' },
    { name: 'phase', required: true, description: `One of ${ACADEMY_PHASES.join(', ')}.`, example: 'primary' },
    { name: 'hub', required: true, description: 'The hub the academy belongs to.', example: 'North' },
    { name: 'joinedOn', required: true, description: 'The day it joined the trust: 01/09/2019 (day first) or 2019-09-01.', example: '01/09/2019' },
    { name: 'predecessorUrns', required: false, description: 'URNs the school held before converting or being re-brokered, separated by `;` (empty: none).', example: '117301; 117302' },
  ],
  read: (cells) => ({
    type: 'RegisterAcademy',
    academyId: optionalText(cells['academyId']) ?? '',
    name: optionalText(cells['name']) ?? '',
    phase: optionalText(cells['phase']) ?? '',
    hub: optionalText(cells['hub']) ?? '',
    joinedOn: dateCell(cells['joinedOn'], 'joinedOn'),
    predecessorUrns: listCell(cells['predecessorUrns']),
  }),
  naturalKey: (row) => row.academyId,
});
