import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { RECHARGE_LEDGER_PROJECTION } from '@trust/projections';
import { Allow } from '../../access/allow.decorator.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { headerValue, type HttpRequest, type HttpResponse } from '../../common/http/http-types.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { pageOf, TOTAL_COUNT_HEADER_DOC } from '../../common/queries/paging.js';
import type { NamedLedgerLine } from '../named-finance.js';
import { LedgerQueryDto } from '../finance-queries.dto.js';
import { NamedLedgerLineDto } from '../finance.schema.js';
import { CSV_MEDIA_TYPE, prefersCsv, sendCsv } from '../../common/csv/csv.js';
import { LEDGER_DOWNLOAD_CSV_COLUMNS, ledgerDownloadCsv, ledgerCsvFileName } from '../ledger-csv.js';
import { ViewLedgerQuery } from './view-ledger.handler.js';

@ApiTags('finance')
@Controller('finance')
export class ViewLedgerController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('ledger.read')
  @Get('ledger')
  @ApiOperation({
    summary: "The recharge ledger of an academic year: every debit and credit, in posting order",
    description:
      'JSON by default; with `Accept: text/csv`, a CSV download for a spreadsheet (UTF-8 with a byte order mark, CRLF, a header row, every cell quoted, ' +
      `text that could run as a formula prefixed with a single quote; columns ${LEDGER_DOWNLOAD_CSV_COLUMNS.map((column) => column.name).join(', ')}: pence as integers and pounds as 123.45; ` +
      'see docs/EXPORTS.md), named `recharge-ledger-<year>[-<academyId>].csv`. ' +
      'from and to narrow the lines by date; limit and offset page the JSON (X-Total-Count gives the lines of the whole list), while the CSV always holds every line asked for. ' +
      "Headteachers must name one of their own academies in academyId and see only that academy's lines.",
  })
  @ApiExtraModels(NamedLedgerLineDto)
  @ApiOkResponse({
    description: 'The lines: JSON, or with `Accept: text/csv` the CSV download.',
    headers: {
      Vary: { description: 'Accept: the same URL answers JSON or CSV.', schema: { type: 'string' } },
      ...TOTAL_COUNT_HEADER_DOC,
      'Content-Disposition': { description: 'With text/csv: `attachment` with the file name, e.g. recharge-ledger-2024-25.csv.', schema: { type: 'string' } },
    },
    content: {
      'application/json': { schema: { type: 'array', items: { $ref: getSchemaPath(NamedLedgerLineDto) } } },
      [CSV_MEDIA_TYPE]: { schema: { type: 'string', description: 'RFC 4180, UTF-8 with a byte order mark, a header row.' } },
    },
  })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'academicYear missing or not YYYY/YY, academyId not a URN, minPosition not a non-negative integer, asOf not a timestamp or on not a date.' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async ledger(
    @Query() query: LedgerQueryDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<NamedLedgerLine[] | string> {
    const readAt = await this.freshness.readAt([RECHARGE_LEDGER_PROJECTION], query);
    const lines = await this.queryBus.execute(
      new ViewLedgerQuery(
        {
          academicYear: query.academicYear,
          ...(query.academyId === undefined ? {} : { academyId: query.academyId }),
          ...(query.from === undefined ? {} : { from: query.from }),
          ...(query.to === undefined ? {} : { to: query.to }),
        },
        readAt,
      ),
    );
    // The same URL answers JSON or CSV: caches must key on Accept.
    response.setHeader('Vary', 'Accept');
    if (!prefersCsv(headerValue(request, 'accept'))) return pageOf(lines, query, response);
    return sendCsv(response, ledgerCsvFileName(query.academicYear, query.academyId), ledgerDownloadCsv(lines));
  }
}
