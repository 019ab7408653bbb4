import type { Decider } from '../shared/decider.js';
import { parseText } from '../values/text.js';
import { MAX_TEXT_LENGTH } from '../values/limits.js';
import type { DataSubjectCommand } from './data-subject.commands.js';
import type { DataSubjectEvent, PersonalDataErasedData } from './data-subject.events.js';
import { parseSubjectId } from './subject-id.js';

/** A data subject's own record: their erasure, once. */
export interface DataSubjectState {
  erasure: PersonalDataErasedData | null;
}

/** Erasure of a data subject (`data-subject-<subjectId>`): recorded once; erasing again changes nothing. */
export const dataSubjectDecider: Decider<DataSubjectCommand, DataSubjectEvent, DataSubjectState> = {
  initialState: () => ({ erasure: null }),
  evolve(state, event) {
    switch (event.type) {
      case 'PersonalDataErased':
        return state.erasure === null ? { erasure: event.data } : state;
      default: {
        const _exhaustive: never = event.type;
        return _exhaustive;
      }
    }
  },
  decide(command, state, { now }) {
    switch (command.type) {
      case 'ErasePersonalData': {
        const { subjectId } = parseSubjectId(command.subjectId);
        const reason = parseText(command.reason, 'reason', MAX_TEXT_LENGTH);
        if (state.erasure !== null) return [];
        return [{ type: 'PersonalDataErased', data: { subjectId, erasedBy: command.erasedBy, reason, erasedAt: now.toISOString() } }];
      }
      default: {
        const _exhaustive: never = command.type;
        return _exhaustive;
      }
    }
  },
};
