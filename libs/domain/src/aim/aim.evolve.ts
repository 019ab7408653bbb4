import type { AimEvent } from './aim.events.js';
import { overdueKey, type AimState } from './aim.state.js';
import { passedBeforeItWasEntered } from './recorded-after-the-fact.js';

export const initialAimState = (): AimState => ({ status: 'not-scheduled' });

export function evolveAim(state: AimState, event: AimEvent): AimState {
  if (event.type === 'AimScheduled') {
    if (state.status !== 'not-scheduled') {
      return state;
    }
    const { aimId, academyId, academicYear, date, format, focus, documentsDueOn, scheduledOn } = event.data;
    return {
      status: 'scheduled',
      aimId,
      academyId,
      academicYear,
      date,
      format,
      focus,
      focusAgreed: false,
      documentsDueOn,
      recordedAfterTheFact: passedBeforeItWasEntered(date, scheduledOn),
      documents: new Map(),
      overdue: new Set(),
      heldOn: null,
      reportPublishedOn: null,
    };
  }
  if (state.status === 'not-scheduled') {
    return state;
  }
  switch (event.type) {
    case 'AimFocusAgreed':
      return { ...state, focus: event.data.focus, focusAgreed: true };
    case 'AimRescheduled': {
      const { academicYear, date, documentsDueOn } = event.data;
      return { ...state, academicYear, date, documentsDueOn, recordedAfterTheFact: false };
    }
    case 'AimDocumentSubmitted': {
      const { documentType, rag, submittedOn } = event.data;
      return { ...state, documents: new Map(state.documents).set(documentType, { rag, submittedOn }) };
    }
    case 'AimDocumentsOverdue': {
      const overdue = new Set(state.overdue);
      event.data.missing.forEach((documentType) => overdue.add(overdueKey(event.data.dueOn, documentType)));
      return { ...state, overdue };
    }
    case 'AimHeld':
      return state.status === 'held' ? state : { ...state, status: 'held', heldOn: event.data.heldOn };
    case 'AimReportPublished':
      return state.reportPublishedOn === null ? { ...state, reportPublishedOn: event.data.publishedOn } : state;
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
