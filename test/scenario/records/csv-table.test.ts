import { describe, expect, it } from "vitest";
import { readCsvTable } from "../../../src/scenario/records/csv-table.js";
import { RecordsError } from "../../../src/scenario/records/records-error.js";

function problemsOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (error instanceof RecordsError) return error.message;
    throw error;
  }
  throw new Error("did not throw");
}

describe("readCsvTable(text, file, skipBad)", () => {
  it("readCsvTable(text, file) reads a comma-separated file with a header", () => {
    const t = readCsvTable("minutes,stage\n4.5,xray\n5,xray\n", "f.csv");
    expect(t.header).toEqual(["minutes", "stage"]);
    expect(t.delimiter).toBe(",");
    expect(t.rows).toEqual([{ line: 2, fields: ["4.5", "xray"] }, { line: 3, fields: ["5", "xray"] }]);
  });

  it("readCsvTable(text, file) finds a semicolon delimiter, a byte-order mark and CRLF line ends", () => {
    const t = readCsvTable("\uFEFFminutes;stage\r\n4,5;xray\r\n", "f.csv");
    expect(t.header).toEqual(["minutes", "stage"]);
    expect(t.delimiter).toBe(";");
    expect(t.rows[0]?.fields).toEqual(["4,5", "xray"]);
  });

  it("readCsvTable(text, file) reads quoted fields with delimiters, doubled quotes and line breaks, counting lines", () => {
    const t = readCsvTable('# a comment\n\nnote,minutes\n"a, ""quoted""\nnote",3\nplain,4\n', "f.csv");
    expect(t.rows).toEqual([{ line: 4, fields: ['a, "quoted"\nnote', "3"] }, { line: 6, fields: ["plain", "4"] }]);
  });

  it("readCsvTable(text, file) names the line of a row with the wrong number of fields", () => {
    expect(problemsOf(() => readCsvTable("a,b\n1,2\n3\n4,5,6\n", "f.csv"))).toBe(
      'f.csv:3: has 1 field, the header 2 (a,b); delimiter ","\nf.csv:4: has 3 fields, the header 2 (a,b); delimiter ","',
    );
  });

  it("readCsvTable(text, file, true) skips and lists rows with the wrong number of fields", () => {
    const t = readCsvTable("a,b\n1,2\n3\n", "f.csv", true);
    expect(t.rows.length).toBe(1);
    expect(t.skipped.map((p) => p.line)).toEqual([3]);
  });

  it("readCsvTable(text, file) rejects an empty file, an unclosed quote and a repeated column name", () => {
    expect(problemsOf(() => readCsvTable("# only a comment\n", "f.csv"))).toMatch(/^f\.csv:1: no header row/);
    expect(problemsOf(() => readCsvTable('a,b\n1,"2\n3,4\n', "f.csv"))).toBe('f.csv:2: a quoted field is never closed (a " is missing)');
    expect(problemsOf(() => readCsvTable("a,a\n1,2\n", "f.csv"))).toBe('f.csv:1: column name "a" appears twice in the header');
  });
});
