/** A part of `npm run bench`: it runs its measurements and prints its own tables. */
export interface BenchSection {
  /** Short name, also used to run one section: `node dist/test/bench/main.js engine`. */
  readonly name: string;
  /** What the section measures, printed as its heading. */
  readonly title: string;
  /** Runs the measurements and prints them; returns (or resolves to) false if a target was missed. */
  run(): boolean | Promise<boolean>;
}

/**
 * Prints rows as an aligned text table under a header: numbers right-aligned, text left-aligned.
 *
 * @example
 * printTable(["model", "customers/s"], [["M/M/1", "2.1e6"]]);
 */
export function printTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
  const cells = [header, ...rows].map((row) => row.map((c) => (typeof c === "number" ? formatNumber(c) : c)));
  const widths = header.map((_, j) => Math.max(...cells.map((row) => (row[j] ?? "").length)));
  const line = (row: readonly string[], numeric: readonly boolean[]): string =>
    row.map((c, j) => (numeric[j] === true ? c.padStart(widths[j]!) : c.padEnd(widths[j]!))).join("  ");
  const numeric = (rows[0] ?? []).map((c) => typeof c === "number");
  console.log(line(cells[0]!, numeric));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row, numeric));
}

/** A number with about four significant digits and thousands separators. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const digits = Math.abs(x) >= 1000 ? 0 : Math.abs(x) >= 10 ? 2 : 3;
  return x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
