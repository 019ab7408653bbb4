import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DATA_SUBJECTS } from '@trust/domain';
import { Allow } from '../../../access/allow.decorator.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../../common/http/error-bodies.js';
import { SubjectAccessQuery } from './subject-access.handler.js';
import { SubjectAccessDto } from './subject-access.schema.js';

@ApiTags('admin')
@Controller('admin/data-subjects')
export class SubjectAccessController {
  constructor(private readonly queryBus: QueryBus) {}

  @Allow('personal-data.subject-access')
  @Get(':subjectId')
  @ApiOperation({
    operationId: 'subjectAccess',
    summary: 'Everything the ledger holds about a data subject (a subject access request), opened',
    description:
      'Every event that names the subject by their id, or holds a field sealed under their key, with its data opened, in the order of the log. ' +
      'Read from the event store itself (in batches), not from the read models, so nothing is missed. After an erasure their fields read `[erased]` and `erasedAt` says when.',
  })
  @ApiParam({ name: 'subjectId', description: `The subject as the key store names them: \`<kind>:<id>\`, the kind one of ${DATA_SUBJECTS.join(', ')}.`, example: 'staff:st-41' })
  @ApiOkResponse({ type: SubjectAccessDto, description: 'The subject and their events.' })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'subjectId is not `<kind>:<id>` of a known kind.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'The ledger holds nothing about that subject (no key was ever made for them).' })
  view(@Param('subjectId') subjectId: string): Promise<SubjectAccessDto> {
    return this.queryBus.execute(new SubjectAccessQuery(subjectId));
  }
}
