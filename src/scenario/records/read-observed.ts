import { readDurations, type DurationRecords } from "./read-durations.js";

/** Fewest observed values `check` compares. */
export const CHECK_MIN_OBSERVED = 10;

/** How `check` reads observed records. */
export interface ReadObservedOptions {
  /** The per-truck metric compared (`crossingHours`, `waitHours`): the column read when the file has one of that name. */
  readonly metric: string;
  /** Only rows whose `direction` column has this value (when the file has that column). */
  readonly direction: string;
  /** The column holding the times, overriding `metric` (--column). */
  readonly column?: string;
  /** Skip and count unreadable rows instead of failing (--skip-bad). @default false */
  readonly skipBad?: boolean;
  /** Time zone of start and end times written without an offset (--tz). */
  readonly zone?: Intl.DateTimeFormat | null;
}

/**
 * Reads the observed crossing (or waiting) times of one direction, in hours, as `check` does: the
 * column named after the metric (or `column`, or `start` and `end` times, or the only column), the
 * rows of `direction`. The CLI and the dashboard both read through here, so a file gets the same
 * values and the same messages in both. Cost: O(size of the file).
 *
 * @throws {RecordsError} naming the file, line and column of every bad row (unless skipBad).
 * @throws {RangeError} `"FILE" holds N observed values; at least 10 are needed` when fewer are left.
 */
export function readObservedTimes(text: string, file: string, options: ReadObservedOptions): DurationRecords {
  const read = readDurations(text, file, {
    unit: "hours", preferredColumn: options.metric, skipBad: options.skipBad ?? false, zone: options.zone ?? null, direction: options.direction,
    ...(options.column === undefined ? {} : { column: options.column }),
  });
  if (read.durations.length < CHECK_MIN_OBSERVED) {
    throw new RangeError(`"${file}" holds ${read.durations.length} observed values; at least ${CHECK_MIN_OBSERVED} are needed`);
  }
  return read;
}
