import { describe, expect, it } from "vitest";
import { cli, expectRefused } from "./harness.js";

// Records files read by `fit service`, `fit arrivals` and `check`, as a hostile user writes them.

const DURATIONS = ["minutes", "5", "6", "7", "3", "4", "5.5", "8", "2", "9", "4.4"].join("\n");
const MINUTES_FIELD = "directions.kg-to-kz.stages.0.serviceMinutes";

/** Arrival records (UTC), `perDay` a day from `first` (a Date.UTC) for `days` days, skipping the weekdays in `closed` (0 Sunday). */
function arrivals(days: number, perDay: number, closed: readonly number[] = [], first = Date.UTC(2023, 4, 1)): string {
  const lines = ["arrival"];
  for (let d = 0; d < days; d++) {
    const day = first + d * 86_400_000;
    if (closed.includes(new Date(day).getUTCDay())) continue;
    for (let k = 0; k < perDay; k++) lines.push(`${new Date(day + k * 3_600_000 + 60_000).toISOString().slice(0, 16)}Z`);
  }
  return `${lines.join("\n")}\n`;
}

/** Crossing times of one direction, `n` rows. */
function crossings(n: number): string {
  return ["direction,crossingHours", ...Array.from({ length: n }, (_, i) => `kg-to-kz,${1 + (i % 7) / 3}`)].join("\n");
}

describe("bad input: options of the data-in commands that another command would ignore", () => {
  it("main(['fit', 'service', FILE, '--direction' | '--tz']) exits 2 when the file gives them nothing to do (it fitted every row, or read no timestamp)", async () => {
    const direction = await cli(["fit", "service", "d.csv", "--direction", "kg-to-kz", "--bootstrap", "19"], { "d.csv": DURATIONS });
    expectRefused(direction, "d.csv", /has no "direction" column, so --direction kg-to-kz chooses no rows and every row would be fitted/);
    const zone = await cli(["fit", "service", "d.csv", "--tz", "Asia/Almaty", "--bootstrap", "19"], { "d.csv": DURATIONS });
    expectRefused(zone, "d.csv", /--tz Asia\/Almaty applies to start and end timestamps, but "d\.csv" gives durations \(column "minutes"\)/);
    // With the column, --direction chooses its rows.
    const values = DURATIONS.split("\n").slice(1);
    const both = ["direction,minutes", ...values.map((m) => `kg-to-kz,${m}`), ...values.map((m) => `kz-to-kg,${m}`), "kz-to-kg,3.3"].join("\n");
    const chosen = await cli(["fit", "service", "d.csv", "--direction", "kg-to-kz", "--bootstrap", "19", "--format", "json"], { "d.csv": both });
    expect(chosen.code, chosen.err).toBe(0);
    expect((JSON.parse(chosen.out) as { n: number }).n).toBe(10);
  });

  it("main(['check', ..., '--unit', 'minutes']) exits 2: check reads hours, and --unit was accepted and did nothing", async () => {
    const r = await cli(["check", "scenarios/baseline.json", "--observed", "o.csv", "--direction", "kg-to-kz", "--unit", "minutes", "--replications", "2"], { "o.csv": crossings(12) });
    expectRefused(r, "--unit", /is for fit service, not check/);
  });

  for (const [option, value, command] of [
    ["--bootstrap", "50", ["check", "scenarios/baseline.json", "--observed", "o.csv", "--direction", "kg-to-kz"]],
    ["--dist", "gamma", ["fit", "arrivals", "a.csv"]],
    ["--unit", "hours", ["fit", "arrivals", "a.csv"]],
    ["--observed", "o.csv", ["fit", "service", "d.csv"]],
    ["--observed", "o.csv", ["run", "scenarios/mm1.json"]],
    ["--column", "minutes", ["run", "scenarios/mm1.json"]],
    ["--shard", "1/2", ["check", "scenarios/baseline.json", "--observed", "o.csv", "--direction", "kg-to-kz"]],
    ["--shard", "1/2", ["fit", "service", "d.csv"]],
    ["--set", "seed=3", ["fit", "service", "d.csv"]],
    ["--replications", "5", ["fit", "arrivals", "a.csv"]],
    ["--precision", "0.1", ["check", "scenarios/baseline.json", "--observed", "o.csv", "--direction", "kg-to-kz"]],
  ] as const) {
    it(`main([${command.slice(0, 2).join(", ")}, ..., '${option}', '${value}']) exits 2: the option does nothing there`, async () => {
      const r = await cli([...command, option, value], { "o.csv": crossings(12), "d.csv": DURATIONS, "a.csv": arrivals(14, 3) });
      expectRefused(r, option, /is for .*, not (fit|check|run)/);
    });
  }

  it("main(['fit', 'service', FILE, '--dist', 'gamma']) without --into exits 2: --dist only chooses what goes into the scenario", async () => {
    expectRefused(await cli(["fit", "service", "d.csv", "--dist", "gamma", "--bootstrap", "19"], { "d.csv": DURATIONS }), "--dist needs --into", /SCENARIO/);
  });
});

describe("bad input: fit ... --into whose write cannot be made", () => {
  it("main(['fit', 'service', FILE, '--into', S, '--path', a field that takes no distribution]) exits 2 and prints no report", async () => {
    const r = await cli(["fit", "service", "d.csv", "--bootstrap", "19", "--into", "scenarios/baseline.json", "--path", "directions.kg-to-kz.zonePlaces", "--out", "new.json"], { "d.csv": DURATIONS });
    expectRefused(r, "directions.kg-to-kz.zonePlaces", /must be an integer >= 1/);
  });

  it("main(['fit', 'service', FILE, '--into', S, ..., '--dist', 'nosuch']) exits 2 and prints no report", async () => {
    const r = await cli(["fit", "service", "d.csv", "--bootstrap", "19", "--into", "scenarios/baseline.json", "--path", MINUTES_FIELD, "--out", "new.json", "--dist", "nosuch"], { "d.csv": DURATIONS });
    expectRefused(r, "--dist", /must be one of .*gamma.*empirical, got "nosuch"/);
  });

  it("main(['fit', 'arrivals', FILE, '--into', S, '--direction', D, '--path', a wrong path]) exits 2 and prints no report", async () => {
    const r = await cli(["fit", "arrivals", "a.csv", "--bootstrap", "19", "--into", "scenarios/baseline.json", "--direction", "kg-to-kz", "--path", "directions.nowhere", "--out", "new.json"], { "a.csv": arrivals(14, 3) });
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect([...r.written.keys()]).toEqual([]);
  });
});

describe("bad input: arrival records", () => {
  it("main(['fit', 'arrivals', records of a border closed on Sundays]) fits (Sunday 0) instead of failing on an internal NaN", async () => {
    const r = await cli(["fit", "arrivals", "a.csv", "--bootstrap", "19", "--format", "json"], { "a.csv": arrivals(28, 20, [0]) });
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const fit = JSON.parse(r.out) as { dayOfWeek: { mean: number }[]; dispersion: { index: number; p: number } };
    expect(fit.dayOfWeek[6]?.mean).toBe(0);
    expect(Number.isFinite(fit.dispersion.index)).toBe(true);
    expect(fit.dispersion.p).toBeGreaterThanOrEqual(0);
  });

  it("main(['fit', 'arrivals', records with a date mistyped far in the future]) exits 2 within seconds naming the line", async () => {
    const text = `${arrivals(14, 3).trimEnd()}\n9999-12-31T23:59Z\n`;
    const started = Date.now();
    const r = await cli(["fit", "arrivals", "a.csv", "--bootstrap", "19"], { "a.csv": text });
    expect(Date.now() - started).toBeLessThan(10_000);
    expectRefused(r, "a.csv:44", /span \d+ days, from .* on line 2; at most 36525 \(100 years\)/);
  }, 30_000);

  it("main(['fit', 'arrivals', records dated in year 0023]) does not read them as 1923 (weekdays of year 23, not 1923)", async () => {
    const first = new Date(Date.UTC(2000, 4, 1));
    first.setUTCFullYear(23);
    const r = await cli(["fit", "arrivals", "a.csv", "--bootstrap", "19", "--format", "json"], { "a.csv": arrivals(28, 20, [0], first.getTime()) });
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const fit = JSON.parse(r.out) as { dayOfWeek: { mean: number }[] };
    expect(fit.dayOfWeek.map((e) => e.mean === 0)).toEqual([false, false, false, false, false, false, true]);
  });

  for (const offset of ["+25:00", "+0699", "-19:00"]) {
    it(`main(['fit', 'arrivals', a record with UTC offset ${offset}]) exits 2 naming the line and column`, async () => {
      const text = arrivals(14, 3).replace("2023-05-01T02:01Z", `2023-05-01T02:01${offset}`);
      const r = await cli(["fit", "arrivals", "a.csv", "--bootstrap", "19"], { "a.csv": text });
      expectRefused(r, 'a.csv:4: column "arrival"', /no such UTC offset/);
    });
  }
});

describe("bad input: duration records", () => {
  it("main(['fit', 'service', durations of 1e308 minutes among small ones]) exits 2 naming the line, not 'the values do not vary'", async () => {
    const r = await cli(["fit", "service", "d.csv", "--bootstrap", "19"], { "d.csv": DURATIONS.replace("\n5\n", "\n1e308\n") });
    expectRefused(r, 'd.csv:2: column "minutes"', /1e308 is not a duration/);
  });

  it("main(['fit', 'service', a duration of 5e-324 minutes]) exits 2 naming the line, not an internal 'normalCdf' message", async () => {
    const r = await cli(["fit", "service", "d.csv", "--bootstrap", "19"], { "d.csv": DURATIONS.replace("\n5\n", "\n5e-324\n") });
    expectRefused(r, 'd.csv:2: column "minutes"', /5e-324 is not a duration/);
    expect(r.err).not.toMatch(/normalCdf/);
  });

  it("main(['fit', 'service', a file with lone CR line ends and a comment]) reads it, not 'the file is empty'", async () => {
    const r = await cli(["fit", "service", "d.csv", "--bootstrap", "20", "--format", "json"], { "d.csv": `# durations\r${DURATIONS.replaceAll("\n", "\r")}\r` });
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { n: number }).n).toBe(10);
  });

  it("main(['fit', 'service', a lone-CR file with decimal commas]) takes the delimiter from the header line alone", async () => {
    const text = ["minutes;other", ...["5,5", "6,1", "7,2", "3,3", "4,4", "5,7", "8,8", "2,9", "9,1", "4,2"].map((v) => `${v};${v}`)].join("\r");
    const r = await cli(["fit", "service", "d.csv", "--column", "minutes", "--bootstrap", "20", "--format", "json"], { "d.csv": text });
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { n: number }).n).toBe(10);
  });
});

describe("bad input: --bootstrap", () => {
  it("main(['fit', 'service', FILE, '--bootstrap', '1000000000']) exits 2 at once: it would run for days", async () => {
    expectRefused(await cli(["fit", "service", "d.csv", "--bootstrap", "1000000000"], { "d.csv": DURATIONS }), "--bootstrap must be an integer from 19 to 100000", /got "1000000000"/);
  });

  it("main(['fit', 'service', FILE, '--bootstrap', '19']) says that no family can then be rejected (p >= 1/20 = alpha)", async () => {
    const r = await cli(["fit", "service", "d.csv", "--bootstrap", "19", "--format", "json"], { "d.csv": DURATIONS });
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/note: with --bootstrap 19 no p-value can fall below 0\.05, so no family can be rejected at 0\.05/);
    const r20 = await cli(["fit", "service", "d.csv", "--bootstrap", "20", "--format", "json"], { "d.csv": DURATIONS });
    expect(r20.err).toBe("");
  });
});

describe("bad input: check against a scenario that cannot run", () => {
  it("main(['check', an overloaded scenario, ...]) exits 2 saying what grew (no 'internal error', no stack trace)", async () => {
    const r = await cli(["check", "scenarios/baseline.json", "--observed", "o.csv", "--direction", "kg-to-kz", "--replications", "2", "--quiet",
      "--set", "directions.kg-to-kz.trucksPerDay=100000", "--max-in-system", "2000"], { "o.csv": crossings(12) });
    expectRefused(r, "stopped: 2000 customers in the system at once", /--max-in-system/);
  }, 60_000);
});
