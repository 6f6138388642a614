import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { QUICK, cli, expectRefused, filesIn, run, tempFolder } from "./harness.js";

describe("bad input: what the file itself is", () => {
  it("main(['run', a file with \"servers\" twice]) exits 2 naming the JSON path and both places", async () => {
    const text = '{\n  "name": "two desks",\n  "model": "network",\n  "horizon": 100,\n  "warmup": 0,\n  "arrivals": [{ "to": "desk", "interarrival": { "dist": "exponential", "mean": 1 } }],\n  "stations": [{ "id": "desk", "servers": 1, "servers": 3, "service": { "dist": "exponential", "mean": 0.5 } }]\n}';
    const r = await cli(["run", "f.json", ...QUICK, "--out", "r.json"], { "f.json": text });
    expectRefused(r, "f.json: stations[0].servers:", /written twice in the same object \(line 7, column 32 and line 7, column 46\)/);
  });

  it("main(['validate', a file with a key twice at the top and inside a distribution]) lists both", async () => {
    const text = '{"name": "a", "name": "b", "model": "network", "horizon": 10, "warmup": 0,\n "arrivals": [{"to": "d", "interarrival": {"dist": "exponential", "mean": 1, "mean": 2}}], "stations": [{"id": "d", "service": {"dist": "exponential", "mean": 1}}]}';
    const r = await cli(["validate", "f.json"], { "f.json": text });
    expect(r.code).toBe(2);
    expect(r.err).toContain("f.json: name: written twice");
    expect(r.err).toContain("f.json: arrivals[0].interarrival.mean: written twice");
  });

  it("borderflow run FILE that is Latin-1, not UTF-8, exits 2 with the byte offset and writes nothing (built CLI)", () => {
    const folder = tempFolder();
    const body = '{"name": "caf\u00e9", "model": "network"}';
    writeFileSync(join(folder, "latin.json"), Buffer.from(body, "latin1"));
    const r = run(["run", "latin.json", "--quiet", "--out", "r.json"], folder);
    expectRefused(r, '"latin.json"', /not valid UTF-8 at byte offset 13 \(0xe9\)/);
    expect(filesIn(folder)).toEqual(["latin.json"]);
    const v = run(["validate", "latin.json"], folder);
    expect(v.code).toBe(2);
    expect(v.err).toMatch(/latin\.json: cannot read: not valid UTF-8 at byte offset 13/);
  });
});
