/**
 * A point estimate with its confidence interval across replications (95% unless a study says otherwise).
 * `halfWidth`, `lo` and `hi` are null when fewer than two replications exist (no interval can be computed).
 */
export interface Estimate {
  /** The mean across replications, in the metric's own unit. */
  readonly mean: number;
  /** Half the width of the Student-t interval; null with fewer than two replications. */
  readonly halfWidth: number | null;
  /** Lower end of the interval (mean - halfWidth); null with fewer than two replications. */
  readonly lo: number | null;
  /** Upper end of the interval (mean + halfWidth); null with fewer than two replications. */
  readonly hi: number | null;
}
