/**
 * A strict RFC 4180 reader for the tests: records end with CRLF, fields may be
 * quoted, a quoted field may hold commas, line breaks and doubled quotes ("").
 * Anything else (a bare LF, a stray quote) throws, so a malformed file fails the test.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
    wasQuoted = false;
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        const next = text[i];
        if (next !== undefined && next !== ',' && !(next === '\r' && text[i + 1] === '\n')) {
          throw new Error(`CSV: character after a closing quote at offset ${i}`);
        }
        continue;
      }
      field += char;
      i += 1;
      continue;
    }
    if (char === '"') {
      if (field !== '' || wasQuoted) throw new Error(`CSV: quote inside an unquoted field at offset ${i}`);
      quoted = true;
      wasQuoted = true;
      i += 1;
    } else if (char === ',') {
      endField();
      i += 1;
    } else if (char === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i += 2;
    } else if (char === '\r' || char === '\n') {
      throw new Error(`CSV: line break that is not CRLF outside quotes at offset ${i}`);
    } else {
      field += char;
      i += 1;
    }
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (field !== '' || wasQuoted || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

/** Records as objects keyed by the header row; every record must have as many fields as the header. */
export function csvObjects(records: string[][]): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...body] = records;
  if (!header) throw new Error('CSV: no header row');
  const rows = body.map((record, index) => {
    if (record.length !== header.length) {
      throw new Error(`CSV: record ${index + 2} has ${record.length} fields, the header ${header.length}`);
    }
    return Object.fromEntries(header.map((name, column) => [name, record[column]!]));
  });
  return { header, rows };
}
