/** One problem found in a records file: where (1-based line, column name) and what. */
export interface RecordProblem {
  readonly line: number;
  /** The column's name from the header, when the problem is in one field. */
  readonly column?: string;
  readonly message: string;
}

/** At most this many problems are listed; the rest are counted. */
const LISTED = 20;

/**
 * A records file that cannot be used, with every problem found (the CLI prints it and exits 2).
 * The message names the file, and each problem its line and column.
 */
export class RecordsError extends Error {
  override readonly name = "RecordsError";
  constructor(
    readonly file: string,
    readonly problems: readonly RecordProblem[],
  ) {
    super(formatRecordProblems(file, problems));
  }
}

/** `file:line: column "name": message`, one problem a line, at most 20 and a count of the rest. */
export function formatRecordProblems(file: string, problems: readonly RecordProblem[]): string {
  const lines = problems.slice(0, LISTED).map((p) => `${file}:${p.line}: ${p.column === undefined ? "" : `column "${p.column}": `}${p.message}`);
  if (problems.length > LISTED) lines.push(`${file}: ... and ${problems.length - LISTED} more problems like these`);
  return lines.join("\n");
}
