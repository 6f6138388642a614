// Reading records as they come (CSV files of durations, arrival times, crossing times). Only re-exports.
export { readCsvTable, type CsvTable, type CsvRow } from "./csv-table.js";
export { RecordsError, formatRecordProblems, type RecordProblem } from "./records-error.js";
export { parseTimestamp, zoneFormat, type Timestamp } from "./timestamp.js";
export { parseRecordNumber } from "./parse-number.js";
export { readDurations, type DurationUnit, type ReadDurationsOptions, type DurationRecords } from "./read-durations.js";
export { readArrivals, type ReadArrivalsOptions, type ArrivalRecords } from "./read-arrivals.js";
export { readObservedTimes, CHECK_MIN_OBSERVED, type ReadObservedOptions } from "./read-observed.js";
