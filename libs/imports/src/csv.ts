/**
 * Reading a spreadsheet saved as CSV: UTF-8 (with or without the byte order mark Excel writes), lines
 * ended by CRLF or LF, fields quoted with `"` when they hold a comma, a quote (doubled) or a line break
 * (RFC 4180). Anything else is refused as a whole-file problem, before any row is looked at.
 */

/** A problem with the file as a whole (not CSV, wrong encoding, wrong header, too large): answered 400, nothing stored. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
}

/** The largest file an import takes: a trust's five years fit in a few megabytes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const BOM = '\uFEFF';

/** The file's text: refused unless it is UTF-8 (a spreadsheet saved as "CSV UTF-8"). */
export function decodeCsvText(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportFileError(`the file is ${bytes.byteLength} bytes: an import takes at most ${MAX_IMPORT_BYTES} bytes (50 MB); split it by year`);
  }
  if (bytes.byteLength === 0) throw new ImportFileError('the file is empty: an import needs a header row and at least one row');
  if (bytes.includes(0)) throw new ImportFileError('the file is not CSV text (it holds binary data): save the spreadsheet as "CSV UTF-8"');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError('the file is not UTF-8: save the spreadsheet as "CSV UTF-8 (comma delimited)"');
  }
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/** One record of the file: its cells and the line it starts on (1: the header). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Splits CSV text into records. A blank line (and a line of empty cells, as spreadsheets leave at the end)
 * is skipped. A stray quote inside an unquoted field, or a quote left open at the end, makes the file not CSV.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let recordLine = 1;
  const endField = (): void => {
    cells.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = (): void => {
    endField();
    if (cells.some((cell) => cell.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          const next = text[i + 1];
          if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
            throw new ImportFileError(`line ${line}: a quoted field must end at a comma or the end of the line`);
          }
        }
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    switch (char) {
      case '"':
        if (fieldStarted) throw new ImportFileError(`line ${line}: a quote inside an unquoted field (quote the whole field and double the quote)`);
        quoted = true;
        fieldStarted = true;
        break;
      case ',':
        endField();
        break;
      case '\r':
        if (text[i + 1] === '\n') i++;
        endRecord();
        line++;
        recordLine = line;
        break;
      case '\n':
        endRecord();
        line++;
        recordLine = line;
        break;
      default:
        field += char;
        fieldStarted = true;
    }
  }
  if (quoted) throw new ImportFileError(`line ${recordLine}: a quoted field is never closed`);
  if (fieldStarted || field !== '' || cells.length > 0) endRecord();
  return records;
}
