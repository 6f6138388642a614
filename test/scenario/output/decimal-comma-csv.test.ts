import { describe, expect, it } from "vitest";
import { decimalCommaCsv } from "../../../src/scenario/output/decimal-comma-csv.js";

const BOM = "\uFEFF";

describe("decimalCommaCsv(csv)", () => {
  it("decimalCommaCsv(csv) puts semicolons between cells, a comma in each plain number, and a byte-order mark first", () => {
    expect(decimalCommaCsv("metric,mean,lo,replications\nwait,0.25,-1.5e-7,10\n")).toBe(`${BOM}metric;mean;lo;replications\nwait;0,25;-1,5e-7;10\n`);
  });

  it("decimalCommaCsv(csv) keeps empty cells, a last line without a line break, and CRLF line ends", () => {
    expect(decimalCommaCsv("a,,c\r\n1.5,,\r\n,2.5,")).toBe(`${BOM}a;;c\r\n1,5;;\r\n;2,5;`);
  });

  it("decimalCommaCsv(csv) leaves text alone, quoting it where it holds a separator, a quote or a line break", () => {
    // "1.5" quoted is text, and stays text; a comma in text needs no quote between semicolons, but one is harmless.
    const csv = 'name,note\n"Seals, unified","said ""1.5"" h"\nx;y,"line\nbreak"\n"1.5",\'=1+2\n';
    expect(decimalCommaCsv(csv)).toBe(`${BOM}name;note\n"Seals, unified";"said ""1.5"" h"\n"x;y";"line\nbreak"\n1.5;'=1+2\n`);
  });

  it("decimalCommaCsv(csv) changes what a spreadsheet reads as a number (as csvCell tells numbers from text), and no other cell", () => {
    expect(decimalCommaCsv("1.,.5,+2.5,-.5e3,7\n")).toBe(`${BOM}1,;,5;+2,5;-,5e3;7\n`);
    expect(decimalCommaCsv("stations.0.servers,1.2.3,Infinity,1e,'-3.5,0x1F\n")).toBe(`${BOM}stations.0.servers;1.2.3;Infinity;1e;'-3.5;0x1F\n`);
  });

  it("decimalCommaCsv(csv) refuses text that is not CSV: an unclosed quote, text after a closing quote", () => {
    expect(() => decimalCommaCsv('a,"b\n')).toThrow(/never closed/);
    expect(() => decimalCommaCsv('"a"b,c\n')).toThrow(/text after a closing quote/);
  });
});
