import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiExtraModels, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { DATA_SUBJECTS } from '@trust/domain';
import { Allow } from '../../../access/allow.decorator.js';
import { CSV_MEDIA_TYPE, prefersCsv, sendCsv } from '../../../common/csv/csv.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../../common/http/error-bodies.js';
import { SUBJECT_ACCESS_CSV_COLUMNS, subjectAccessCsv, subjectAccessCsvFileName } from './subject-access-csv.js';
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
      'Read from the event store itself (in batches), not from the read models, so nothing is missed. After an erasure their fields read `[erased]` and `erasedAt` says when. ' +
      'With `Accept: text/csv` (preferred to JSON), a spreadsheet download named `subject-access-<kind>-<id>-as-of-<position>.csv`, one row per field of each event (see docs/EXPORTS.md): ' +
      SUBJECT_ACCESS_CSV_COLUMNS.map((column) => column.name).join(', ') +
      '.',
  })
  @ApiParam({ name: 'subjectId', description: `The subject as the key store names them: \`<kind>:<id>\`, the kind one of ${DATA_SUBJECTS.join(', ')}.`, example: 'staff:st-41' })
  @ApiExtraModels(SubjectAccessDto)
  @ApiOkResponse({
    description: 'The subject and their events.',
    headers: {
      Vary: { description: 'Accept: the same URL answers JSON or CSV.', schema: { type: 'string' } },
      'Content-Disposition': { description: 'With text/csv: `attachment` with the file name.', schema: { type: 'string' } },
    },
    content: { 'application/json': { schema: { $ref: getSchemaPath(SubjectAccessDto) } }, [CSV_MEDIA_TYPE]: { schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'subjectId is not `<kind>:<id>` of a known kind.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'The ledger holds nothing about that subject (no key was ever made for them).' })
  async view(@Param('subjectId') subjectId: string, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) response: Response): Promise<SubjectAccessDto | string> {
    const answer = await this.queryBus.execute(new SubjectAccessQuery(subjectId));
    // The same URL answers JSON or CSV: caches must key on Accept.
    response.setHeader('Vary', 'Accept');
    return prefersCsv(accept) ? sendCsv(response, subjectAccessCsvFileName(answer), subjectAccessCsv(answer)) : answer;
  }
}
