import type { CsvRow, CsvTable } from "./csv-table.js";
import { RecordsError, type RecordProblem } from "./records-error.js";

/** The index of the column called `name` (case-insensitive), or -1. */
export function columnIndex(table: CsvTable, name: string): number {
  const lower = name.toLowerCase();
  return table.header.findIndex((h) => h.toLowerCase() === lower);
}

/** The index of column `name`, which must exist. @throws {RecordsError} listing the columns there are. */
export function requireColumn(table: CsvTable, file: string, name: string, option: string): number {
  const i = columnIndex(table, name);
  if (i < 0) throw new RecordsError(file, [{ line: headerLine(table), message: `${option} "${name}": no such column; the columns are ${table.header.map((h) => `"${h}"`).join(", ")}` }]);
  return i;
}

/** The header's line: just above the first row, or 1 for a file without rows. */
export function headerLine(table: CsvTable): number {
  return Math.max(1, (table.rows[0]?.line ?? 2) - 1);
}

/**
 * The rows of one direction: with a `direction` column, those whose value equals `direction`
 * (required when the column holds more than one); without one, every row.
 * @throws {RecordsError} if the file holds several directions and none was chosen, or none of the chosen.
 */
export function rowsOfDirection(table: CsvTable, file: string, direction: string | undefined): readonly CsvRow[] {
  const i = columnIndex(table, "direction");
  if (i < 0) return table.rows;
  const present = [...new Set(table.rows.map((r) => r.fields[i] as string))];
  if (direction === undefined) {
    if (present.length <= 1) return table.rows;
    throw new RecordsError(file, [{ line: headerLine(table), column: table.header[i] as string, message: `holds several directions (${present.join(", ")}); choose one with --direction` }]);
  }
  const rows = table.rows.filter((r) => r.fields[i] === direction);
  if (rows.length === 0) throw new RecordsError(file, [{ line: headerLine(table), column: table.header[i] as string, message: `has no row of direction "${direction}"; it holds ${present.join(", ")}` }]);
  return rows;
}

/** Problems of bad rows: thrown together, or with skipBad counted as skipped. */
export class RowProblems {
  readonly problems: RecordProblem[] = [];
  constructor(
    private readonly file: string,
    private readonly skipBad: boolean,
    readonly skipped: RecordProblem[] = [],
  ) {}
  /** Records a bad row (a problem in one of its fields). */
  bad(problem: RecordProblem): void {
    (this.skipBad ? this.skipped : this.problems).push(problem);
  }
  /** @throws {RecordsError} if any row was bad and skipBad is off. */
  throwIfAny(): void {
    if (this.problems.length > 0) throw new RecordsError(this.file, this.problems);
  }
}
