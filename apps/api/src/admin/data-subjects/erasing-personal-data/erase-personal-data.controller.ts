import { Body, Controller, HttpCode, HttpStatus, Param, Post, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiInternalServerErrorResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { DATA_SUBJECTS } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../../access/allow.decorator.js';
import { CommandMetadata } from '../../../common/commands/command-metadata.decorator.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../../common/http/error-bodies.js';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER } from '../../../common/idempotency/idempotency-key.js';
import { IdempotencyInterceptor } from '../../../common/idempotency/idempotency.interceptor.js';
import { CORRELATION_ID_HEADER } from '../../../common/request-context/request-context.js';
import { ErasePersonalDataDto, ErasureAnswer } from './erase-personal-data.dto.js';
import { ErasePersonalDataCommand } from './erase-personal-data.handler.js';

@ApiTags('admin')
@Controller('admin/data-subjects')
export class ErasePersonalDataController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('personal-data.erase')
  @Post(':subjectId/erasure')
  @HttpCode(HttpStatus.CREATED)
  @UseInterceptors(IdempotencyInterceptor)
  @ApiOperation({
    operationId: 'erasePersonalData',
    summary: "Erase a data subject's personal data: record the erasure, destroy their key, rebuild every read model",
    description:
      'Records `PersonalDataErased` (who erased, when, why; no personal data) on the stream `data-subject-<subjectId>`, destroys the subject\'s key, ' +
      'then queues a rebuild of every read model (`rebuildJobs`). Every field sealed under the key reads `[erased]` at once in `GET /audit` and every read ' +
      'through the store, and in the read models once their rebuilds complete. The events are not touched, so the hash chain still verifies; reports already ' +
      'built keep what they showed. Erasing again changes nothing: it answers 201 with the first erasure (its `erasedAt` and `reason`), `already: true` and no rebuilds.',
  })
  @ApiParam({ name: 'subjectId', description: `The subject as the key store names them: \`<kind>:<id>\`, the kind one of ${DATA_SUBJECTS.join(', ')}.`, example: 'staff:st-41' })
  @ApiHeader({
    name: IDEMPOTENCY_KEY_HEADER,
    required: false,
    description: 'Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422).',
  })
  @ApiHeader({ name: CORRELATION_ID_HEADER, required: false, description: 'Stored in the metadata of the event appended; a new one is made when absent. Echoed in the answer.' })
  @ApiCreatedResponse({
    type: ErasureAnswer,
    description: 'The erasure, as first recorded (`already: true` when it had been recorded before).',
    headers: {
      [IDEMPOTENT_REPLAYED_HEADER]: { description: '`true` when the answer is that of an earlier request with the same Idempotency-Key.', schema: { type: 'string' } },
      [CORRELATION_ID_HEADER]: { description: 'The correlation id stored with the event.', schema: { type: 'string' } },
    },
  })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'subjectId is not `<kind>:<id>` of a known kind, or reason is missing, empty or too long: `fields` names each.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'The ledger holds nothing about that subject (no key was ever made for them).' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'A concurrent change, or a request with the same Idempotency-Key still in progress.' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'The Idempotency-Key was already used for a different request.' })
  @ApiInternalServerErrorResponse({ type: ErrorBodyDto, description: 'Unexpected failure (no details are disclosed).' })
  erase(@Param('subjectId') subjectId: string, @Body() body: ErasePersonalDataDto, @CommandMetadata() metadata: EventMetadata): Promise<ErasureAnswer> {
    return this.commandBus.execute(new ErasePersonalDataCommand(subjectId, body.reason, metadata));
  }
}
