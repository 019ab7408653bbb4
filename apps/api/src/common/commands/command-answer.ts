import { ApiProperty } from '@nestjs/swagger';
import { POSITION_PATTERN } from '../http/position-pattern.js';

/** What every command route answers with 201 (docs/API-CONVENTIONS.md, "Commands"). */
export class CommandAnswer {
  @ApiProperty({ description: 'The id of the thing the command acted on (for academy routes, the academy URN).', example: '138201' })
  id!: string;

  @ApiProperty({ description: 'The event stream the command appended to.', example: 'academy-138201' })
  streamId!: string;

  @ApiProperty({
    description:
      'Global position of the last event the command appended (or, when it changed nothing, of the stream\'s last event), as a decimal string. Pass it as `minPosition` to a query to read your own write.',
    example: '42',
    pattern: POSITION_PATTERN,
  })
  position!: string;

  @ApiProperty({ type: [String], description: 'Types of the events appended, in order (empty when the command changed nothing).', example: ['KpiRecorded'] })
  events!: string[];
}
