import { describe, expectTypeOf, it } from "vitest";
import type { Distribution, NetworkScenario, Scenario, Station } from "../../../src/scenario/format/scenario-types.js";

// These checks run in the typechecker (npm run typecheck): they pin the types inferred from the
// schema nodes, so that a change of the DSL's inference shows up as a type error here.
describe("the scenario types", () => {
  it("Distribution is the union of the ten documented forms", () => {
    expectTypeOf<Distribution>().toEqualTypeOf<
      | { readonly dist: "exponential"; readonly mean: number }
      | { readonly dist: "deterministic"; readonly value: number }
      | { readonly dist: "uniform"; readonly min: number; readonly max: number }
      | { readonly dist: "triangular"; readonly min: number; readonly mode: number; readonly max: number }
      | { readonly dist: "normal"; readonly mean: number; readonly sd: number }
      | { readonly dist: "lognormal"; readonly mean: number; readonly cv: number }
      | { readonly dist: "gamma"; readonly mean: number; readonly cv: number }
      | { readonly dist: "erlang"; readonly mean: number; readonly k: number }
      | { readonly dist: "weibull"; readonly shape: number; readonly scale: number }
      | { readonly dist: "empirical"; readonly values: readonly number[]; readonly weights?: readonly number[] }
    >();
  });

  it("Station has defaults filled in and optional sections optional", () => {
    expectTypeOf<Station>().toEqualTypeOf<{
      readonly id: string;
      readonly servers: number;
      readonly service: Distribution;
      readonly serviceByClass?: Readonly<Record<string, Distribution>>;
      readonly discipline: "fifo" | "priority" | "preemptive";
      readonly queueLimit?: number;
      readonly schedule?: { readonly periodLength: number; readonly changes: readonly { readonly at: number; readonly servers: number }[] };
      readonly breakdowns?: { readonly timeToFailure: Distribution; readonly timeToRepair: Distribution };
      readonly routes: readonly { readonly to: string; readonly p: number }[];
    }>();
  });

  it("NetworkScenario is the network member of Scenario", () => {
    expectTypeOf<Extract<Scenario, { model: "network" }>>().toEqualTypeOf<NetworkScenario>();
    expectTypeOf<NetworkScenario>().toEqualTypeOf<{
      readonly model: "network";
      readonly $schema?: string;
      readonly name: string;
      readonly title?: string;
      readonly description: string;
      readonly replications: number;
      readonly seed: number;
      readonly uncertain: readonly {
        readonly path?: string;
        readonly paths?: readonly string[];
        readonly low: number;
        readonly high: number;
        readonly distribution: "uniform" | "triangular";
        readonly why: string;
      }[];
      readonly horizon: number;
      readonly warmup: number | "auto";
      readonly arrivals: readonly { readonly to: string; readonly class: string; readonly priority: number; readonly interarrival: Distribution }[];
      readonly stations: readonly Station[];
    }>();
  });
});
