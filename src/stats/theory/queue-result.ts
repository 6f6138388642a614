/**
 * The shape every queueing formula returns: either the steady-state measures, or a plain-language reason
 * why the formula has no answer (an unstable queue, a network outside Jackson's assumptions).
 * A wrong number is never returned in place of "does not apply".
 */

/** Steady-state measures of a queue, in the time unit of the rates given (hours if rates are per hour). */
export interface QueueMeasures {
  /** Fraction of time each server is busy, ρ, in [0, 1). */
  readonly utilization: number;
  /** Mean number in the system (queue and service), customers. */
  readonly L: number;
  /** Mean number waiting in the queue, customers. */
  readonly Lq: number;
  /** Mean time in the system (wait and service), in the time unit of the rates. */
  readonly W: number;
  /** Mean wait in the queue before service starts, in the time unit of the rates. */
  readonly Wq: number;
}

/** A formula that applies, with its measures and any extras the model has. */
export type Applies<Extras extends object = object> = QueueMeasures &
  Extras & {
    readonly applies: true;
    /** True when the formula is exact for the model; false for an approximation (Kingman, Allen–Cunneen). */
    readonly exact: boolean;
  };

/** A formula that does not apply, with the reason in plain language. */
export interface DoesNotApply {
  readonly applies: false;
  /** Why, such as "M/M/1 is unstable: utilization λ/μ = 1.2 is not below 1, so the queue grows without bound". */
  readonly reason: string;
}

/** The result of a queueing formula: check `applies` before reading the measures. */
export type QueueResult<Extras extends object = object> = Applies<Extras> | DoesNotApply;
