import { distributionFromSpec } from "../../engine/index.js";
import type { Distribution } from "./distribution-schema.js";

/**
 * The most changes of servers on duty (by a rota) or of broken servers (by breakdowns) one
 * replication may see. Arrivals are capped while the model runs (--max-arrivals); these events
 * come without arrivals, so a rota repeating every microsecond is refused when the file is read.
 */
export const MAX_SERVER_CHANGES = 10_000_000;

/** Why a rota of `changes` changes every `periodLength` over `horizon` is too busy, or undefined. */
export function rotaVolumeProblem(horizon: number, periodLength: number, changes: number): string | undefined {
  const count = (horizon / periodLength) * changes;
  if (!(count > MAX_SERVER_CHANGES)) return undefined;
  return `changes the servers about ${count.toExponential(1)} times in one run (${horizon} / periodLength ${periodLength} x ${changes} changes); at most ${MAX_SERVER_CHANGES} are allowed: use a longer periodLength`;
}

/** Why breakdowns of `servers` servers over `horizon` are too frequent, or undefined. */
export function breakdownVolumeProblem(horizon: number, servers: number, failure: Distribution, repair: Distribution): string | undefined {
  let cycle: number;
  try {
    cycle = distributionFromSpec(failure).mean + distributionFromSpec(repair).mean;
  } catch {
    return undefined; // the distributions' own checks report it
  }
  const count = cycle > 0 ? (2 * servers * horizon) / cycle : Infinity;
  if (!(count > MAX_SERVER_CHANGES)) return undefined;
  return `break down and are repaired about ${count.toExponential(1)} times in one run (mean failure + repair time ${cycle}); at most ${MAX_SERVER_CHANGES} are allowed: use longer times`;
}
