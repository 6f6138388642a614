import { MAX_ARRIVAL_DAYS, type LocalArrival } from "../../stats/index.js";
import { readCsvTable } from "./csv-table.js";
import { headerLine, requireColumn, rowsOfDirection, RowProblems } from "./record-rows.js";
import { RecordsError, type RecordProblem } from "./records-error.js";
import { parseTimestamp } from "./timestamp.js";

/** How to read arrival times from a records file. */
export interface ReadArrivalsOptions {
  /** The column holding arrival times; without it, the only column (a `direction` column aside). */
  readonly column?: string;
  /** Time zone of times written without an offset (Intl.DateTimeFormat from zoneFormat). */
  readonly zone?: Intl.DateTimeFormat | null;
  /** Only rows whose `direction` column has this value (when the file has that column). */
  readonly direction?: string;
  /** Skip and count unreadable rows instead of failing. @default false */
  readonly skipBad?: boolean;
}

/** Arrivals read from records, and the rows skipped (with --skip-bad). */
export interface ArrivalRecords {
  readonly arrivals: readonly LocalArrival[];
  readonly column: string;
  readonly skipped: readonly RecordProblem[];
}

/**
 * Reads arrival times (one per truck) from a CSV file. Hours and dates are those written in each
 * record, its own local time. Records must be in time order, as a queue's log writes them: a record
 * earlier than the one before it is an error naming both lines (a sign of a merged or mis-sorted file).
 *
 * @throws {RecordsError} naming the file, line and column of every bad row (unless skipBad), every
 *   record out of order, records spanning more than MAX_ARRIVAL_DAYS, or saying which columns exist when the column to use is unclear.
 */
export function readArrivals(text: string, file: string, options: ReadArrivalsOptions = {}): ArrivalRecords {
  const skipBad = options.skipBad ?? false;
  const table = readCsvTable(text, file, skipBad);
  const rows = rowsOfDirection(table, file, options.direction);
  let i: number;
  if (options.column !== undefined) i = requireColumn(table, file, options.column, "--column");
  else {
    const candidates = table.header.map((_, k) => k).filter((k) => table.header[k]?.toLowerCase() !== "direction");
    if (candidates.length !== 1) {
      throw new RecordsError(file, [{ line: headerLine(table), message: `which column holds the arrival times? The columns are ${table.header.map((h) => `"${h}"`).join(", ")}: choose one with --column NAME` }]);
    }
    i = candidates[0] as number;
  }
  const column = table.header[i] as string;
  const problems = new RowProblems(file, skipBad, [...table.skipped]);
  const arrivals: { day: number; hour: number }[] = [];
  const order: RecordProblem[] = [];
  let previous: { epochMs: number; line: number; text: string } | null = null;
  let first: { day: number; line: number; text: string } | null = null;
  for (const row of rows) {
    const t = parseTimestamp(row.fields[i] as string, options.zone ?? null);
    if (typeof t === "string") {
      problems.bad({ line: row.line, column, message: t });
      continue;
    }
    if (previous !== null && t.epochMs < previous.epochMs) {
      order.push({ line: row.line, column, message: `${row.fields[i]} is earlier than ${previous.text} on line ${previous.line}: arrival records must be in time order (sort the file by this column)` });
    }
    previous = { epochMs: t.epochMs, line: row.line, text: row.fields[i] as string };
    first ??= { day: t.day, line: row.line, text: row.fields[i] as string };
    arrivals.push({ day: t.day, hour: t.hour });
  }
  problems.throwIfAny();
  if (order.length > 0) throw new RecordsError(file, order);
  const last = arrivals[arrivals.length - 1];
  if (first !== null && previous !== null && last !== undefined && last.day - first.day + 1 > MAX_ARRIVAL_DAYS) {
    throw new RecordsError(file, [{
      line: previous.line, column,
      message: `${previous.text}: the records span ${last.day - first.day + 1} days, from ${first.text} on line ${first.line}; at most ${MAX_ARRIVAL_DAYS} (100 years) are fitted: is a year mistyped?`,
    }]);
  }
  return { arrivals, column, skipped: problems.skipped };
}
