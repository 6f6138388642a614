import { distributionFromSpec, type Distribution, type RandomSource } from "../../engine/index.js";
import type { BorderDirectionId, DocumentsSpec } from "./border-spec.js";
import type { StreamOf } from "./stage-line.js";

/**
 * Whether a truck turned back for missing documents comes back with them, and after how many
 * hours. Both are drawn when the truck is turned back, each from its own stream of the direction,
 * and the delay is drawn whatever the decision: raising `returnShare` adds returning trucks without
 * moving the return of any truck that already came back, and no other stream of the run shifts.
 */
export class DocumentsReturn {
  private readonly share: number;
  private readonly after: Distribution;
  private readonly decide: RandomSource;
  private readonly delay: RandomSource;

  /**
   * The returns of direction `direction`, or null when `documents.returnShare` is 0: then nothing is
   * drawn and the run is exactly the one without returns.
   * @throws {Error} if returnShare > 0 and returnAfterHours is missing (the scenario layer reports it first).
   */
  static of(documents: DocumentsSpec, direction: BorderDirectionId, stream: StreamOf): DocumentsReturn | null {
    if (documents.returnShare <= 0) return null;
    if (documents.returnAfterHours === undefined) {
      throw new Error(`border: documents.returnAfterHours is required when documents.returnShare > 0 (got ${documents.returnShare})`);
    }
    return new DocumentsReturn(documents.returnShare, distributionFromSpec(documents.returnAfterHours), stream(`documents-return:${direction}`), stream(`documents-return-after:${direction}`));
  }

  private constructor(share: number, after: Distribution, decide: RandomSource, delay: RandomSource) {
    this.share = share;
    this.after = after;
    this.decide = decide;
    this.delay = delay;
  }

  /** For a truck turned back now: hours until it comes back, or null if it does not. Two draws, always. */
  draw(): number | null {
    const comes = this.decide() < this.share;
    const hours = this.after.sample(this.delay);
    return comes ? hours : null;
  }
}
