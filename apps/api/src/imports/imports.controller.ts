import { randomUUID } from 'node:crypto';
import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  PayloadTooLargeException,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiBody, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Observable } from 'rxjs';
import type { EventMetadata, EventStore } from '@trust/event-store';
import type { JobQueue } from '@trust/jobs';
import {
  checkImport,
  IMPORT_JOB,
  IMPORT_KIND_NAMES,
  IMPORT_KINDS,
  importJobData,
  importKind,
  importTemplate,
  ImportFileError,
  MAX_IMPORT_BYTES,
  readImportFile,
  type ImportJobData,
  type RowProblem,
} from '@trust/imports';
import { Allow } from '../access/allow.decorator.js';
import { CommandMetadata } from '../common/commands/command-metadata.decorator.js';
import { CSV_MEDIA_TYPE } from '../common/csv/csv.js';
import { ErrorBodyDto } from '../common/http/error-bodies.js';
import { CLOCK, EVENT_STORE, JOB_QUEUE, type Clock } from '../infrastructure/tokens.js';
import { ImportAcceptedDto, ImportBadRequestDto, ImportCheckDto } from './imports.schema.js';

/** The part of multer's file the route reads. */
interface UploadedCsv {
  originalname: string;
  buffer: Buffer;
}

const MultipartFile = FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });

/** Multer's own refusal of a file over the limit, answered as every other malformed file is: 400 naming the problem. */
class ImportUploadInterceptor extends MultipartFile implements NestInterceptor {
  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error: unknown) {
      if (error instanceof PayloadTooLargeException) throw fileProblem(`the file is over ${MAX_IMPORT_BYTES} bytes (50 MB), the most an import takes: split it by year`);
      if (error instanceof BadRequestException) throw fileProblem(`the upload is not a multipart form with one file in the field "file": ${error.message}`);
      throw error;
    }
  }
}

/** The multipart body of an import and of its check. */
const IMPORT_UPLOAD_SCHEMA = {
  type: 'object' as const,
  required: ['file'],
  properties: {
    file: { type: 'string' as const, format: 'binary', description: 'The CSV file.' },
    kind: { type: 'string' as const, enum: [...IMPORT_KIND_NAMES], description: 'The kind of file; when absent, the header must be that of exactly one kind.' },
  },
};

const KINDS_DESCRIPTION = IMPORT_KINDS.map((kind) => `**${kind.name}**: ${kind.summary}`).join(' ');

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Allow('imports.run')
  @Post()
  @HttpCode(202)
  @UseInterceptors(ImportUploadInterceptor)
  @ApiOperation({
    operationId: 'importFile',
    summary: "Import a trust's history from a spreadsheet saved as CSV, as a background job",
    description:
      'A multipart upload: the CSV in the field `file`. Each row becomes the command the API runs for it, with the same validation and domain rules. ' +
      'The whole file is checked before anything is stored: if any row is bad the answer is 400 listing every bad row (its line, column and message) and nothing is stored. ' +
      'Otherwise the rows are stored by a job (202; follow it with GET /admin/jobs/:jobId). Each row is stored under an idempotency key derived from the kind and the row, ' +
      'so importing the same file again stores nothing twice, and an import cut short completes when the file is imported again. Every event names the import in its metadata ' +
      `(file name, sha256, row). Files: UTF-8 (a byte order mark allowed), CRLF or LF, at most ${MAX_IMPORT_BYTES} bytes. Kinds (columns: GET /imports/templates/{kind}.csv, docs/IMPORTS.md): ${KINDS_DESCRIPTION}`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: IMPORT_UPLOAD_SCHEMA })
  @ApiQuery({ name: 'kind', required: false, enum: IMPORT_KIND_NAMES, description: 'The kind of file (instead of the form field).' })
  @ApiAcceptedResponse({ type: ImportAcceptedDto, description: 'Every row checked: the job storing them is queued.' })
  @ApiBadRequestResponse({ type: ImportBadRequestDto, description: 'Not a CSV file, not UTF-8, over 50 MB, a wrong header or unknown kind, or bad rows (each listed): nothing stored.' })
  async importFile(
    @UploadedFile() file: UploadedCsv | undefined,
    @Query('kind') kindInQuery: string | undefined,
    @CommandMetadata() metadata: EventMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportAcceptedDto> {
    const { checked, importId, bytes } = await this.checkWholeFile(file, kindInQuery, metadata, response);
    const data: ImportJobData = importJobData({ importId, fileName: checked.fileName, kind: checked.kind, actor: metadata.actor, checkedAtPosition: checked.checkedAtPosition, bytes });
    const { id } = await this.jobs.enqueue<ImportJobData>(IMPORT_JOB, data, { jobId: importId });
    return { jobId: id, kind: checked.kind, fileName: checked.fileName, sha256: checked.sha256, rows: checked.rows, alreadyImported: checked.alreadyImported };
  }

  @Allow('imports.run')
  @Post('checks')
  @HttpCode(200)
  @UseInterceptors(ImportUploadInterceptor)
  @ApiOperation({
    operationId: 'checkImportFile',
    summary: 'Check a whole import file without storing anything: every bad row, or how many rows it would store',
    description:
      'The same upload as POST /imports and the same checks (the file, its header, every row against the API\'s validation and the domain\'s rules, as the ledger stands now), ' +
      'but nothing is stored and no job is queued: 200 with what importing it would do, or 400 listing every bad row (its line, column and message).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: IMPORT_UPLOAD_SCHEMA })
  @ApiQuery({ name: 'kind', required: false, enum: IMPORT_KIND_NAMES, description: 'The kind of file (instead of the form field).' })
  @ApiOkResponse({ type: ImportCheckDto, description: 'Every row is good: what importing it would store.' })
  @ApiBadRequestResponse({ type: ImportBadRequestDto, description: 'Not a CSV file, not UTF-8, over 50 MB, a wrong header or unknown kind, or bad rows (each listed).' })
  async checkFile(
    @UploadedFile() file: UploadedCsv | undefined,
    @Query('kind') kindInQuery: string | undefined,
    @CommandMetadata() metadata: EventMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportCheckDto> {
    const { checked } = await this.checkWholeFile(file, kindInQuery, metadata, response);
    return { kind: checked.kind, fileName: checked.fileName, sha256: checked.sha256, rows: checked.rows, alreadyImported: checked.alreadyImported };
  }

  /** Reads the upload and checks every row against the ledger as it stands; throws the 400 of a bad file or of bad rows. */
  private async checkWholeFile(file: UploadedCsv | undefined, kindInQuery: string | undefined, metadata: EventMetadata, response: Response) {
    if (file === undefined) throw fileProblem('send the CSV as a multipart form, in the field "file"');
    const body = (response.req as { body?: Record<string, unknown> }).body ?? {};
    const kindName = kindInQuery ?? (typeof body['kind'] === 'string' ? body['kind'] : null);
    const fileName = file.originalname;
    let read: ReturnType<typeof readImportFile>;
    try {
      read = readImportFile({ bytes: file.buffer, fileName, kind: kindName });
    } catch (error: unknown) {
      if (error instanceof ImportFileError) throw fileProblem(error.message, kindName !== null && importKind(kindName) === null ? 'kind' : 'file');
      throw error;
    }
    const importId = `import-${randomUUID()}`;
    const { plan } = read;
    const check = await checkImport(this.store, plan, { actor: metadata.actor, importId, now: this.clock });
    const problems = [...read.problems, ...check.problems];
    if (problems.length > 0) throw badRows(fileName, problems);
    const checked = {
      kind: plan.kind.name,
      fileName,
      sha256: plan.sha256,
      rows: plan.rows.length,
      alreadyImported: check.alreadyImported,
      checkedAtPosition: check.position === null ? null : check.position.toString(),
    };
    return { checked, importId, bytes: file.buffer };
  }

  @Allow('imports.templates')
  // The whole segment is the parameter (`kpis.csv`), as path linters and client generators expect of a path.
  @Get('templates/:file')
  @ApiOperation({
    operationId: 'importTemplate',
    summary: 'The template of a kind of import: its header row and an example row',
    description: `UTF-8 with a byte order mark, CRLF. Kinds: ${IMPORT_KIND_NAMES.join(', ')}. Each column is described in docs/IMPORTS.md.`,
  })
  @ApiParam({ name: 'file', enum: IMPORT_KIND_NAMES.map((name) => `${name}.csv`), example: 'kpis.csv', description: 'The kind, then `.csv`.' })
  @ApiOkResponse({
    description: 'The template.',
    content: { [CSV_MEDIA_TYPE]: { schema: { type: 'string' } } },
    headers: { 'Content-Disposition': { description: '`attachment; filename="<kind>.csv"`', schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No kind of import of that name.' })
  template(@Param('file') file: string, @Res({ passthrough: true }) response: Response): string {
    const name = file.endsWith('.csv') ? file.slice(0, -'.csv'.length) : null;
    const kind = name === null ? null : importKind(name);
    if (kind === null) throw new NotFoundException(`No template "${file}": the templates are ${IMPORT_KIND_NAMES.map((each) => `${each}.csv`).join(', ')}`);
    response.setHeader('Content-Type', `${CSV_MEDIA_TYPE}; charset=utf-8`);
    response.setHeader('Content-Disposition', `attachment; filename="${kind.name}.csv"`);
    return importTemplate(kind);
  }
}

function fileProblem(message: string, field: 'file' | 'kind' = 'file'): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: [message], fields: [field] });
}

/** Every bad row, in the order of the file. */
function badRows(fileName: string, problems: readonly RowProblem[]): BadRequestException {
  const rows = [...problems].sort((a, b) => a.row - b.row);
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: [`${fileName}: ${rows.length} bad ${rows.length === 1 ? 'row' : 'rows'}, nothing stored`, ...rows.map((problem) => `row ${problem.row}${problem.column === null ? '' : `, ${problem.column}`}: ${problem.message}`)],
    fields: ['file'],
    rows,
  });
}
