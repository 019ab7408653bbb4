import type { Decider } from '../shared/decider.js';
import type { AcademyCommand } from './academy.commands.js';
import type { AcademyEvent } from './academy.events.js';
import { evolveAcademy, initialAcademyState } from './academy.evolve.js';
import type { AcademyState } from './academy.state.js';
import { correctKpi } from './correct-kpi.js';
import { recordKpi } from './record-kpi.js';
import { registerAcademy } from './register-academy.js';
import { setKpiTarget } from './set-kpi-target.js';

export const academyDecider: Decider<AcademyCommand, AcademyEvent, AcademyState> = {
  initialState: initialAcademyState,
  evolve: evolveAcademy,
  decide(command, state, context) {
    switch (command.type) {
      case 'RegisterAcademy':
        return registerAcademy(command, state, context);
      case 'SetKpiTarget':
        return setKpiTarget(command, state);
      case 'RecordKpi':
        return recordKpi(command, state);
      case 'CorrectKpi':
        return correctKpi(command, state);
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },
};
