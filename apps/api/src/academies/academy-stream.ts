import { academyDecider, academyStreamId, type AcademyCommand, type EvidenceCommand } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { PipelineInput } from '../common/commands/command-pipeline.js';

/** Every command the academy decider takes: registration, KPIs and evidence. */
export type AcademyStreamCommand = AcademyCommand | EvidenceCommand;

/** Where an academy command is decided: on its academy's stream, by the academy decider. */
export function onAcademyStream<Command extends AcademyStreamCommand>(command: Command, metadata: EventMetadata): PipelineInput<AcademyStreamCommand, Parameters<typeof academyDecider.evolve>[1], ReturnType<typeof academyDecider.initialState>> {
  return { streamId: academyStreamId(command.academyId), decider: academyDecider, command, metadata, subject: 'this academy' };
}
