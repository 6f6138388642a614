import { readCsvTable } from "./csv-table.js";
import { parseRecordNumber } from "./parse-number.js";
import { columnIndex, headerLine, requireColumn, rowsOfDirection, RowProblems } from "./record-rows.js";
import { RecordsError, type RecordProblem } from "./records-error.js";
import { parseTimestamp, type Timestamp } from "./timestamp.js";

/** The time unit durations are read and reported in. */
export type DurationUnit = "minutes" | "hours";

/** How to read durations from a records file. */
export interface ReadDurationsOptions {
  /** The column holding durations; without it, `start` and `end` columns, or the only column. */
  readonly column?: string;
  /** A column to use when `column` is not given and the file has it (check: the metric's name). */
  readonly preferredColumn?: string;
  /** Unit of a duration column, and of durations computed from `start` and `end`. @default "minutes" */
  readonly unit?: DurationUnit;
  /** Time zone of start and end times written without an offset (Intl.DateTimeFormat from zoneFormat). */
  readonly zone?: Intl.DateTimeFormat | null;
  /** Only rows whose `direction` column has this value (when the file has that column). */
  readonly direction?: string;
  /** Skip and count unreadable rows instead of failing. @default false */
  readonly skipBad?: boolean;
}

/** Durations read from records, and the rows skipped (with --skip-bad). */
export interface DurationRecords {
  readonly durations: readonly number[];
  /** Where they came from: a column's name, or "start → end". */
  readonly source: string;
  /** Whether they are differences of timestamps (so a time zone applies to them). */
  readonly timestamps: boolean;
  /** Whether the file has a `direction` column (so --direction chooses rows of it). */
  readonly directions: boolean;
  readonly skipped: readonly RecordProblem[];
}

const UNIT_MS: Record<DurationUnit, number> = { minutes: 60_000, hours: 3_600_000 };

/** Durations are read from 1e-100 to 1e100 of their unit: beyond, squares and sums of them overflow (or vanish) and no fit means anything. */
const SMALLEST = 1e-100;
const LARGEST = 1e100;
/** Largest ratio of the longest duration to the shortest: beyond it a unit or a decimal point is mistyped (and the fits break down). */
const MAX_RATIO = 1e12;

/** A duration outside SMALLEST..LARGEST, or the most extreme one when they span more than MAX_RATIO; null if they are usable. */
function outOfScale(values: readonly { value: number; line: number; text: string }[], column: string, unit: DurationUnit): RecordProblem | null {
  let min = values[0];
  let max = values[0];
  for (const v of values) {
    if (!(v.value >= SMALLEST && v.value <= LARGEST)) return { line: v.line, column, message: `${v.text} is not a duration from ${SMALLEST} to ${LARGEST} ${unit}` };
    if (v.value < (min as (typeof values)[number]).value) min = v;
    if (v.value > (max as (typeof values)[number]).value) max = v;
  }
  if (min === undefined || max === undefined || max.value / min.value <= MAX_RATIO) return null;
  // The one farther (by ratio) from the middle value is the likelier typo.
  const middle = [...values].sort((a, b) => a.value - b.value)[values.length >> 1] as (typeof values)[number];
  const [odd, other] = max.value / middle.value >= middle.value / min.value ? [max, min] : [min, max];
  return {
    line: odd.line, column,
    message: `${odd.text} is not a duration the others are comparable with: it and ${other.text} on line ${other.line} are more than ${MAX_RATIO} times apart (is a unit or a decimal point wrong?)`,
  };
}

/**
 * Reads durations (service or control times) from a CSV file: one column of numbers in `unit`, or
 * `start` and `end` timestamps (their difference, in `unit`). Every duration must be > 0 (a zero or
 * negative one, or an end before its start, is an error naming the line and column), from 1e-100 to
 * 1e100, and the longest at most 1e12 times the shortest (else the most extreme one is an error).
 *
 * @throws {RecordsError} naming the file, line and column of every bad row (unless skipBad), or
 *   saying which columns exist when the column to use is unclear.
 */
export function readDurations(text: string, file: string, options: ReadDurationsOptions = {}): DurationRecords {
  const skipBad = options.skipBad ?? false;
  const unit = options.unit ?? "minutes";
  const table = readCsvTable(text, file, skipBad);
  const rows = rowsOfDirection(table, file, options.direction);
  const problems = new RowProblems(file, skipBad, [...table.skipped]);
  const durations: number[] = [];
  const read: { value: number; line: number; text: string }[] = [];
  const start = columnIndex(table, "start");
  const end = columnIndex(table, "end");
  const preferred = options.preferredColumn === undefined ? -1 : columnIndex(table, options.preferredColumn);
  if (options.column === undefined && preferred < 0 && start >= 0 && end >= 0) {
    const zone = options.zone ?? null;
    for (const row of rows) {
      const times: (Timestamp | null)[] = [start, end].map((i) => {
        const t = parseTimestamp(row.fields[i] as string, zone);
        if (typeof t === "string") {
          problems.bad({ line: row.line, column: table.header[i] as string, message: t });
          return null;
        }
        return t;
      });
      const [from, to] = times;
      if (from === null || from === undefined || to === null || to === undefined) continue;
      const duration = (to.epochMs - from.epochMs) / UNIT_MS[unit];
      if (!(duration > 0)) {
        problems.bad({ line: row.line, column: table.header[end] as string, message: `ends ${duration === 0 ? "at" : "before"} its start (${row.fields[start]} → ${row.fields[end]}); a duration must be > 0` });
        continue;
      }
      durations.push(duration);
      read.push({ value: duration, line: row.line, text: `${row.fields[start]} → ${row.fields[end]}` });
    }
    problems.throwIfAny();
    const scale = outOfScale(read, table.header[end] as string, unit);
    if (scale !== null) throw new RecordsError(file, [scale]);
    return { durations, source: `${table.header[start]} → ${table.header[end]}`, timestamps: true, directions: columnIndex(table, "direction") >= 0, skipped: problems.skipped };
  }
  let i: number;
  if (options.column !== undefined) i = requireColumn(table, file, options.column, "--column");
  else if (preferred >= 0) i = preferred;
  else {
    const candidates = table.header.map((_, k) => k).filter((k) => table.header[k]?.toLowerCase() !== "direction");
    if (candidates.length !== 1) {
      throw new RecordsError(file, [{ line: headerLine(table), message: `which column holds the durations? The columns are ${table.header.map((h) => `"${h}"`).join(", ")}: choose one with --column NAME, or name two of them "start" and "end"` }]);
    }
    i = candidates[0] as number;
  }
  const column = table.header[i] as string;
  for (const row of rows) {
    const value = parseRecordNumber(row.fields[i] as string, table.delimiter);
    if (typeof value === "string") problems.bad({ line: row.line, column, message: value });
    else if (!(value > 0 && value < Infinity)) problems.bad({ line: row.line, column, message: `${row.fields[i]} is not a duration > 0` });
    else {
      durations.push(value);
      read.push({ value, line: row.line, text: row.fields[i] as string });
    }
  }
  problems.throwIfAny();
  const scale = outOfScale(read, column, unit);
  if (scale !== null) throw new RecordsError(file, [scale]);
  return { durations, source: column, timestamps: false, directions: columnIndex(table, "direction") >= 0, skipped: problems.skipped };
}
