import type { Stream } from 'node:stream';

/**
 * A supertest parser that keeps the body as the exact bytes sent (`response.body` is a Buffer), so a
 * test can see a byte order mark that decoding to text might drop.
 */
export function rawBody(response: Stream, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
  response.on('error', (error: Error) => callback(error, Buffer.alloc(0)));
}

/**
 * Reads CSV strictly as RFC 4180 writes it: fields separated by commas, every record ended by CRLF,
 * a field with a comma, quote or line break enclosed in double quotes and its quotes doubled.
 * Throws on anything else (a bare quote, a lone LF), so a test fails on CSV a spreadsheet could misread.
 */
export function parseRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"' && field === '') {
      const close = readQuoted(text, index + 1);
      field = close.value;
      index = close.next;
      const after = text[index];
      if (after !== ',' && after !== '\r') throw new Error(`RFC 4180: a quoted field must end at a comma or CRLF (offset ${index})`);
      continue;
    }
    if (char === ',') {
      record.push(field);
      field = '';
      index += 1;
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 2;
    } else if (char === '"' || char === '\r' || char === '\n') {
      throw new Error(`RFC 4180: unexpected ${JSON.stringify(char)} in an unquoted field (offset ${index})`);
    } else {
      field += char;
      index += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('RFC 4180: the last record is not ended by CRLF');
  return records;
}

function readQuoted(text: string, start: number): { value: string; next: number } {
  let value = '';
  for (let index = start; index < text.length; index += 1) {
    if (text[index] !== '"') {
      value += text[index];
    } else if (text[index + 1] === '"') {
      value += '"';
      index += 1;
    } else {
      return { value, next: index + 1 };
    }
  }
  throw new Error('RFC 4180: a quoted field is never closed');
}
