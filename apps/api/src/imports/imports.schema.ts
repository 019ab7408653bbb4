import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_KIND_NAMES } from '@trust/imports';
import { BadRequestBodyDto } from '../common/http/error-bodies.js';

export class ImportAcceptedDto {
  @ApiProperty({ example: 'import-6f1c0a52-0d1e-4c3b-9a51-2f7e1b0c9d44', description: 'The import job: follow it with GET /admin/jobs/:jobId (progress `{ done, total, stored, skipped }`).' })
  jobId!: string;

  @ApiProperty({ enum: IMPORT_KIND_NAMES, example: 'kpis' })
  kind!: string;

  @ApiProperty({ example: 'kpis-2023-24.csv' })
  fileName!: string;

  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', description: "sha256 of the file's bytes: every event the import stores names it, with the row." })
  sha256!: string;

  @ApiProperty({ example: 450, description: 'Rows in the file (the header not counted).' })
  rows!: number;

  @ApiProperty({ example: 0, description: 'Rows an earlier import of the same rows stored already: skipped.' })
  alreadyImported!: number;
}

/** What importing a checked file would do (POST /imports/checks): nothing is stored. */
export class ImportCheckDto {
  @ApiProperty({ enum: IMPORT_KIND_NAMES, example: 'kpis' })
  kind!: string;

  @ApiProperty({ example: 'kpis-2023-24.csv' })
  fileName!: string;

  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', description: "sha256 of the file's bytes." })
  sha256!: string;

  @ApiProperty({ example: 450, description: 'Rows in the file (the header not counted), every one good.' })
  rows!: number;

  @ApiProperty({ example: 0, description: 'Rows an earlier import of the same rows stored already: importing would skip them.' })
  alreadyImported!: number;
}

export class ImportRowProblemDto {
  @ApiProperty({ example: 7, description: "The row's line in the file (the header is line 1)." })
  row!: number;

  @ApiProperty({ type: String, nullable: true, example: 'term', description: 'The column at fault; null when the row as a whole is refused.' })
  column!: string | null;

  @ApiProperty({ example: 'must be one of autumn, spring, summer' })
  message!: string;
}

/** The 400 of an import: the file's problem, or every bad row (nothing stored). */
export class ImportBadRequestDto extends BadRequestBodyDto {
  @ApiProperty({ type: [ImportRowProblemDto], required: false, description: 'Every bad row, when the file itself could be read; `fields` is `file` (or `kind` when the kind named is unknown).' })
  rows?: ImportRowProblemDto[];
}
