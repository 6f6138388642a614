// How a kind of study plugs into sharding, worker pools and `borderflow merge`.
//
// A study kind describes two things: the ordered list of independent units its study expands to
// (each a resolved scenario and a replication index), and how the outputs of all units, in that
// order, become its result. Everything else is shared: `runWholeStudy` runs every unit on a worker
// pool; `runShardOfStudy` runs the units i with i mod N = I − 1 and writes a part file that
// records the command and the study description (`spec`); `mergeParts` rebuilds the unit list
// from the spec, checks that the parts cover it exactly once, and summarises. Since each unit's
// output depends only on its scenario and replication, and summaries read outputs in unit order,
// the result is the same bytes for any number of workers and any sharding.
//
// To add a kind (sensitivity: design points × replications; uncertainty: worlds × replications):
//  1. Write `kinds/<command>-kind.ts` exporting a `StudyKind`: `spec` is the schema of everything
//     needed to rebuild the units and summarise (resolved scenarios, not file names or overrides,
//     so a merge needs no input files); `units` expands it; `summarize` makes the result; `rows`
//     gives the table/CSV rows.
//  2. Add it to `STUDY_KINDS` in `study-kinds.ts` under its command's name.
//  3. In the CLI command, build the spec and call `finishStudy` (src/cli/study-runner.ts), which
//     handles --shard, --workers, --format and --out like run, compare and sweep.
// A kind whose next units depend on earlier outputs (an optimiser's next iterate) cannot be
// sharded this way as a whole; it can still run each fixed batch of units through the pool, and shard
// the batch it asks for first while the merge runs the rest (optimize/optimization-part.ts), through
// the same part checks (`checkPartSet` in study-part.ts).
import type { SchemaNode } from "../format/schema/node.js";
import type { ResultRow } from "../output/result-csv.js";
import type { ReplicationOutput } from "./replication-output.js";
import type { StudyUnit } from "./study-unit.js";

/** A kind of study that can be sharded and merged: what it runs, and what it makes of the outputs. */
export interface StudyKind<Spec, Result> {
  /** The command that runs it, recorded in its part files (such as "sweep"). */
  readonly command: string;
  /** Schema of the study description a part file stores under "study"; checked when merging. */
  readonly spec: SchemaNode<Spec>;
  /** The study's units in their fixed order; a pure function of the spec. */
  units(spec: Spec): StudyUnit[];
  /** How many units `units` lists, counted without listing them (a part may claim 10^9 replications). */
  unitCount(spec: Spec): number;
  /** The result from every unit's output, given in unit order. */
  summarize(spec: Spec, outputs: readonly ReplicationOutput[]): Result;
  /** The result as rows, for `--format table` and `--format csv`. */
  rows(result: Result): ResultRow[];
}
