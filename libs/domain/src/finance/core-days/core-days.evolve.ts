import type { CoreDaysEvent } from './core-days.events.js';
import type { CoreDaysState } from './core-days.state.js';

export const initialCoreDaysState = (): CoreDaysState => ({ daysUsed: 0 });

export function evolveCoreDays(state: CoreDaysState, event: CoreDaysEvent): CoreDaysState {
  switch (event.type) {
    case 'CoreDayLogged':
      return { daysUsed: state.daysUsed + event.data.days };
    default: {
      const _exhaustive: never = event.type;
      return _exhaustive;
    }
  }
}
