import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { QUICK, SCENARIOS, cli, expectRefused, filesIn, run, start, tempFolder, variant } from "./harness.js";

const MM1 = join(SCENARIOS, "mm1.json");
const quick = ["--replications", "2", "--horizon", "100", "--warmup", "0", "--workers", "1", "--quiet"];

/** A scenario that would fail at run time: if the --out problem is reported instead, it was found before the study. */
function overloaded(folder: string): string {
  writeFileSync(join(folder, "overloaded.json"), variant("mm1", (s) => void (s.arrivals[0].interarrival.mean = 0.09)));
  return "overloaded.json";
}
const capped = ["--max-in-system", "100", "--quiet", "--workers", "1"];

describe("bad input: --out destinations, checked before the study and never clobbered (built CLI)", () => {
  it("borderflow run FILE --out FOLDER exits 2 before the study and leaves nothing behind", () => {
    const folder = tempFolder();
    const file = overloaded(folder);
    mkdirSync(join(folder, "results"));
    const r = run(["run", file, ...capped, "--out", "results"], folder);
    expectRefused(r, '--out "results" is a folder', /give a file name inside it/);
    expect(filesIn(folder)).toEqual([file, "results"]);
    expect(filesIn(join(folder, "results"))).toEqual([]);
  });

  it('borderflow run FILE --out "" exits 2 before the study', () => {
    const folder = tempFolder();
    const file = overloaded(folder);
    expectRefused(run(["run", file, ...capped, "--out", ""], folder), '--out "" names no file', /give a file name/);
    expect(filesIn(folder)).toEqual([file]);
  });

  it("borderflow run FILE --out missing/r.json exits 2 before the study, naming the folder", () => {
    const folder = tempFolder();
    const file = overloaded(folder);
    expectRefused(run(["run", file, ...capped, "--out", "missing/r.json"], folder), '--out "missing/r.json": its folder "missing" cannot be used', /no such file or folder/);
    expect(filesIn(folder)).toEqual([file]);
  });

  it("borderflow run FILE --out EXISTING exits 2 before the study and keeps the file", () => {
    const folder = tempFolder();
    const file = overloaded(folder);
    writeFileSync(join(folder, "r.json"), "precious");
    expectRefused(run(["run", file, ...capped, "--out", "r.json"], folder), '--out "r.json" exists', /not overwritten without --force/);
    expect(readFileSync(join(folder, "r.json"), "utf8")).toBe("precious");
    expect(filesIn(folder)).toEqual([file, "r.json"]);
  });

  it("borderflow optimize STUDY --out EXISTING exits 2 before checking the study's configurations, which for a large space takes seconds", () => {
    const folder = tempFolder();
    writeFileSync(join(folder, "mmc.json"), readFileSync(join(SCENARIOS, "mmc.json"), "utf8"));
    // Its configuration with 0 desks is refused by the scenario: reported instead, it was checked first.
    const study = JSON.parse(readFileSync(join(SCENARIOS, "mmc-staffing.study.json"), "utf8")) as Record<string, unknown>;
    writeFileSync(join(folder, "study.json"), JSON.stringify({ ...study, $schema: undefined, decisions: [{ path: "stations.0.servers", min: 0, max: 8 }] }));
    writeFileSync(join(folder, "r.json"), "precious");
    expectRefused(run(["optimize", "study.json", ...capped, "--out", "r.json"], folder), '--out "r.json" exists', /not overwritten without --force/);
    expect(readFileSync(join(folder, "r.json"), "utf8")).toBe("precious");
    expect(filesIn(folder).sort()).toEqual(["mmc.json", "r.json", "study.json"]);
  });

  it("borderflow run FILE --force --out FIFO, SYMLINK or DEVICE exits 2: --force replaces only regular files", () => {
    const folder = tempFolder();
    expect(spawnSync("mkfifo", [join(folder, "pipe")]).status).toBe(0);
    writeFileSync(join(folder, "target.json"), "kept");
    symlinkSync("target.json", join(folder, "link.json"));
    for (const [out, kind] of [["pipe", "a FIFO"], ["link.json", "a symbolic link"], ["/dev/null", "a device"]] as const) {
      const r = run(["run", MM1, ...quick, "--force", "--out", out], folder);
      expectRefused(r, `--out "${out}" is ${kind}`, /--force replaces only regular files/);
    }
    expect(readFileSync(join(folder, "target.json"), "utf8")).toBe("kept");
    expect(filesIn(folder)).toEqual(["link.json", "pipe", "target.json"]);
  });

  it("borderflow run FILE --force --out EXISTING replaces it whole and keeps its permissions", () => {
    const folder = tempFolder();
    const out = join(folder, "r.json");
    writeFileSync(out, "old");
    chmodSync(out, 0o640);
    const r = run(["run", MM1, ...quick, "--force", "--format", "json", "--out", "r.json"], folder);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).replications).toBe(2);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(filesIn(folder)).toEqual(["r.json"]);
  });

  it("borderflow run FILE --out NEW writes it and leaves no temporary file", () => {
    const folder = tempFolder();
    expect(run(["run", MM1, ...quick, "--format", "csv", "--out", "r.csv"], folder).code).toBe(0);
    expect(readFileSync(join(folder, "r.csv"), "utf8")).toMatch(/^kind,scenario,/);
    expect(filesIn(folder)).toEqual(["r.csv"]);
  });

  it("borderflow run FILE --out r.json stopped by SIGTERM or SIGINT removes its temporary file, on worker threads and in one thread", async () => {
    // In one thread, 5,000 replications take minutes: the signal must stop the study after the replication
    // that is running, not after the last (which would overrun the test's time-out).
    for (const [signal, workers, replications] of [["SIGTERM", "2", "200"], ["SIGINT", "2", "200"], ["SIGINT", "1", "5000"]] as const) {
      const folder = tempFolder();
      const child = start(["run", MM1, "--replications", replications, "--workers", workers, "--quiet", "--out", "r.json"], folder);
      // The temporary file is made before the study starts; wait for it, then stop the run.
      for (let i = 0; i < 600 && !filesIn(folder).some((f) => f.endsWith(".tmp")); i++) await new Promise((r) => setTimeout(r, 50));
      expect(filesIn(folder).some((f) => f.endsWith(".tmp"))).toBe(true);
      process.kill(child.pid, signal);
      const outcome = await child.done;
      expect(outcome.signal).toBe(signal);
      expect(filesIn(folder)).toEqual([]);
    }
  });

  it("borderflow ... | head -c 10: a closed pipe ends the run quietly with exit 1", () => {
    // About 110 kB of JSON, more than a pipe holds, so the CLI is still writing when head has gone.
    const cli = [process.execPath, resolve("bin/borderflow.js"), "sweep", join(SCENARIOS, "seals.json"), "--set", "seals.share=0,0.5,1,0.25",
      "--set", "days=8", "--set", "warmupDays=1", "--replications", "2", "--workers", "1", "--quiet", "--format", "json"];
    const quoted = cli.map((a) => `'${a}'`).join(" ");
    const r = spawnSync("bash", ["-c", `${quoted} | head -c 10 >/dev/null; exit "\${PIPESTATUS[0]}"`], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
  });

  // A full disk needs a small file system of its own: a 16 kB tmpfs, which needs root (CI runs as root).
  const tinyDisk = (): string | null => {
    const folder = tempFolder();
    return spawnSync("mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", folder]).status === 0 ? folder : null;
  };
  const canMount = process.getuid?.() === 0 && spawnSync("mount", ["--version"]).status === 0;

  it.skipIf(!canMount)("borderflow sweep ... --out FULL-DISK/r.json ends with one line and exit 1, and leaves no temporary file", () => {
    const disk = tinyDisk();
    expect(disk, "mounting a 16 kB tmpfs").not.toBeNull();
    try {
      // About 110 kB of JSON, more than the disk holds.
      const r = run(["sweep", join(SCENARIOS, "seals.json"), "--set", "seals.share=0,0.5,1,0.25", "--set", "days=8", "--set", "warmupDays=1",
        "--replications", "2", "--workers", "1", "--quiet", "--format", "json", "--out", "r.json"], disk!);
      expect(r.err).toBe('borderflow sweep: cannot write --out "r.json": no space left on device (ENOSPC)\n');
      expect(r.code).toBe(1);
      expect(filesIn(disk!)).toEqual([]);
    } finally {
      spawnSync("umount", [disk!]);
    }
  });

  it("borderflow ... > /dev/full ends with one line and exit 1", () => {
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [resolve("bin/borderflow.js"), "run", MM1, ...quick, "--format", "csv"], { stdio: ["ignore", full, "pipe"], encoding: "utf8" });
      expect(r.stderr).toBe("borderflow: cannot write the result to standard output: no space left on device (ENOSPC)\n");
      expect(r.status).toBe(1);
    } finally {
      closeSync(full);
    }
  });
});

describe("bad input: names that would turn into formulas or terminal commands", () => {
  it("main(['run', scenario named '=HYPERLINK(...)', '--format', 'csv']) writes the name as text, with a leading apostrophe", async () => {
    const text = variant("mm1", (s) => void (s.name = '=HYPERLINK("http://x","y")'));
    const r = await cli(["run", "f.json", ...QUICK, "--format", "csv"], { "f.json": text });
    expect(r.code).toBe(0);
    const row = r.out.split("\n")[1] as string;
    expect(row.startsWith(`estimate,"'=HYPERLINK(""http://x"",""y"")",`)).toBe(true);
    // Negative numbers stay numbers.
    expect(r.out).not.toMatch(/'-\d/);
  });

  for (const start of ["+", "-", "@"]) {
    it(`main(['run', scenario named '${start}cmd', '--format', 'csv']) escapes the leading '${start}'`, async () => {
      const text = variant("mm1", (s) => void (s.name = `${start}cmd`));
      const r = await cli(["run", "f.json", ...QUICK, "--format", "csv"], { "f.json": text });
      expect(r.out.split("\n")[1]).toMatch(new RegExp(`^estimate,'\\${start}cmd,`));
    });
  }

  it("main(['run', a file name with a terminal escape]) prints the escape as text", async () => {
    const r = await cli(["run", "x\u001b]0;owned\u0007.json", ...QUICK]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("\\u001b]0;owned\\u0007.json");
    expect(r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe("bad input: two runs racing for one --out (built CLI)", () => {
  it("borderflow run A --out r.json and borderflow run B --out r.json at once: never both succeed, and the winner's file is whole", async () => {
    for (let round = 0; round < 3; round++) {
      const folder = tempFolder();
      const args = (seed: string) => ["run", MM1, "--replications", "2", "--horizon", "2000", "--warmup", "0", "--workers", "1", "--quiet", "--format", "json", "--seed", seed, "--out", "r.json"];
      const [a, b] = await Promise.all([start(args("1"), folder).done, start(args("2"), folder).done]);
      const codes = [a.code, b.code].sort();
      expect(codes).toEqual([0, 2]);
      const loser = a.code === 2 ? a : b;
      expect(loser.err).toMatch(/--out "r\.json" (exists; it is not overwritten without --force|was created by something else while the study ran)/);
      const winnerSeed = a.code === 0 ? 1 : 2;
      expect(JSON.parse(readFileSync(join(folder, "r.json"), "utf8")).seed).toBe(winnerSeed);
      expect(filesIn(folder)).toEqual(["r.json"]);
      expect(existsSync(join(folder, "r.json"))).toBe(true);
    }
  });
});
