import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect } from "vitest";
import { main } from "../../../src/cli/main.js";
import { memoryIo } from "../memory-io.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A fresh copy of a bundled scenario, to edit, without its declared uncertain inputs: an edit may
 * move a declared field out of its plausible range, which the loader would (rightly) refuse first.
 */
export function scenario(name: string): Json {
  const s = JSON.parse(readFileSync(`scenarios/${name}.json`, "utf8")) as Json;
  delete s["uncertain"];
  return s;
}

/** The bundled scenario `name` after `edit`, as file text. */
export function variant(name: string, edit: (s: Json) => void): string {
  const s = scenario(name);
  edit(s);
  return JSON.stringify(s, null, 2);
}

/** A part file's text (or any JSON text) after `edit`, as file text: how the merge tests tamper with parts. */
export function edited(text: string, edit: (p: Json) => void): string {
  const part = JSON.parse(text) as Json;
  edit(part);
  return JSON.stringify(part);
}

/** Short network runs: these tests are about refusals, not statistics. */
export const SHORT = ["--horizon", "200", "--warmup", "0", "--workers", "1", "--quiet"];
/** SHORT with 2 replications. */
export const QUICK = ["--replications", "2", ...SHORT];

/** What one in-process CLI call did. */
export interface Outcome {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  /** Files written (the in-memory io keeps them), without the inputs given. */
  readonly written: ReadonlyMap<string, string>;
}

/** Runs the CLI in this process with `files` readable by name; --out files land in `written`. */
export async function cli(argv: readonly string[], files: Record<string, string> = {}): Promise<Outcome> {
  const io = memoryIo(files);
  const code = await main(argv, io);
  const written = new Map([...io.written].filter(([path]) => !Object.hasOwn(files, path)));
  return { code, out: io.out, err: io.err, written };
}

const STACK = /\n\s+at \S/;

/**
 * The promise for bad input: exit 2, a message naming the file and the JSON path (or option)
 * and matching `allowed` (what is allowed or wrong), no stack trace, nothing printed as a result
 * and nothing written.
 */
export function expectRefused(r: Outcome | ProcessOutcome, where: string, allowed: RegExp): void {
  expect(r.err).toContain(where);
  expect(r.err).toMatch(allowed);
  expect(r.code).toBe(2);
  expect(r.err).not.toMatch(STACK);
  expect(r.err).not.toMatch(/internal error/);
  expect(r.out).toBe("");
  if ("written" in r) expect([...r.written.keys()]).toEqual([]);
}

/** What one run of the built CLI did, and the files left in its folder. */
export interface ProcessOutcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly out: string;
  readonly err: string;
}

const BIN = resolve("bin/borderflow.js");

/** A new empty folder for a test's files. */
export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), "borderflow-bad-input-"));
}

/** The files in `folder`, sorted (hidden temporary files included). */
export function filesIn(folder: string): string[] {
  return readdirSync(folder).sort();
}

/** Runs the built CLI (npm test builds it first) in `cwd`. */
export function run(args: readonly string[], cwd: string, timeout = 120_000): ProcessOutcome {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

/** Starts the built CLI in `cwd` without waiting; resolves with its outcome when it ends. */
export function start(args: readonly string[], cwd: string): { pid: number; done: Promise<ProcessOutcome> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => void (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => void (err += d.toString()));
  const done = new Promise<ProcessOutcome>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, out, err })));
  return { pid: child.pid as number, done };
}

/** Scenario paths as the built CLI sees them from a temporary folder. */
export const SCENARIOS = resolve("scenarios");
