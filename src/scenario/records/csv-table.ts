import { RecordsError, type RecordProblem } from "./records-error.js";

/** One data row of a CSV file: its fields and the line it starts on (1-based, counting every line of the file). */
export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/** A CSV file as read: the header's column names, the delimiter found, and the data rows. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly delimiter: "," | ";";
  readonly rows: readonly CsvRow[];
  /** Rows skipped for a wrong number of fields (only with skipBad), by line. */
  readonly skipped: readonly RecordProblem[];
}

interface RawRow {
  line: number;
  fields: string[];
}

/** Splits the text into rows of fields (RFC 4180 quoting: "" inside quotes is one "; quoted fields may span lines). */
function splitRows(text: string, delimiter: string, file: string, startLine: number, startIndex: number): RawRow[] {
  const rows: RawRow[] = [];
  let fields: string[] = [];
  let field = "";
  let line = startLine;
  let rowLine = startLine;
  let quoted = false;
  let quoteLine = 0;
  let wasQuoted = false;
  const endRow = (): void => {
    fields.push(field);
    // A blank line is no row.
    if (!(fields.length === 1 && fields[0] === "" && !wasQuoted)) rows.push({ line: rowLine, fields });
    fields = [];
    field = "";
    wasQuoted = false;
  };
  for (let i = startIndex; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.trim() === "") {
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
      field = "";
    } else if (ch === delimiter) {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (quoted) throw new RecordsError(file, [{ line: quoteLine, message: "a quoted field is never closed (a \" is missing)" }]);
  if (field !== "" || fields.length > 0 || wasQuoted) endRow();
  return rows;
}

/** Where the line starting at `index` ends: its LF, CR (a CRLF's CR) or the end of the text. */
function lineEnd(text: string, index: number): number {
  const lf = text.indexOf("\n", index);
  const cr = text.indexOf("\r", index);
  const ends = [lf, cr].filter((i) => i >= 0);
  return ends.length === 0 ? text.length : Math.min(...ends);
}

/**
 * Reads a CSV file as records come: a header row, then data rows; comma or semicolon as the
 * delimiter (whichever the header has more of, outside quotes); quoted fields with "" for a
 * quote; UTF-8 with or without a byte-order mark; LF, CRLF or CR; blank lines ignored, and lines
 * starting with # before the header taken as comments (the synthetic examples explain themselves
 * there). Fields are trimmed. A row with a different number of fields than the header is an
 * error naming its line, or, with `skipBad`, skipped and listed in `skipped`.
 *
 * @throws {RecordsError} naming the file, line and problem, for an empty file, a duplicate or
 *   empty column name, an unclosed quote, or rows of the wrong length (unless skipBad).
 */
export function readCsvTable(text: string, file: string, skipBad = false): CsvTable {
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  // Comments and blank lines before the header.
  for (;;) {
    const end = lineEnd(text, index);
    const content = text.slice(index, end);
    if (content.trim() !== "" && !content.trimStart().startsWith("#")) break;
    if (end >= text.length) throw new RecordsError(file, [{ line: 1, message: "no header row: the file is empty (a CSV file with a header row of column names is expected)" }]);
    index = end + (text.startsWith("\r\n", end) ? 2 : 1);
    line++;
  }
  const headerText = text.slice(index, lineEnd(text, index));
  const outside = headerText.replace(/"[^"]*"/g, "");
  const delimiter = (outside.split(";").length > outside.split(",").length ? ";" : ",") as "," | ";";
  const [headerRow, ...data] = splitRows(text, delimiter, file, line, index);
  const header = (headerRow as RawRow).fields.map((f) => f.trim());
  const problems: RecordProblem[] = [];
  header.forEach((name, i) => {
    if (name === "") problems.push({ line, message: `column ${i + 1} of the header has no name` });
    else if (header.indexOf(name) !== i) problems.push({ line, message: `column name "${name}" appears twice in the header` });
  });
  if (problems.length > 0) throw new RecordsError(file, problems);
  const rows: CsvRow[] = [];
  const skipped: RecordProblem[] = [];
  for (const row of data) {
    if (row.fields.length !== header.length) {
      const problem = { line: row.line, message: `has ${row.fields.length} field${row.fields.length === 1 ? "" : "s"}, the header ${header.length} (${header.join(delimiter)}); delimiter "${delimiter}"` };
      if (skipBad) skipped.push(problem);
      else problems.push(problem);
      continue;
    }
    rows.push({ line: row.line, fields: row.fields.map((f) => f.trim()) });
  }
  if (problems.length > 0) throw new RecordsError(file, problems);
  return { header, delimiter, rows, skipped };
}
