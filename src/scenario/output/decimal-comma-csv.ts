import { READS_AS_NUMBER } from "./result-csv.js";

/**
 * borderflow's CSV (RFC 4180: commas between cells, points in numbers, `"` quoting) rewritten for a
 * spreadsheet set to a decimal comma, as Excel and LibreOffice are in Russian, Kazakh, Kyrgyz and most
 * European settings: semicolons between cells, a comma in each number ("0,25", "1,5e-7"), and a UTF-8
 * byte-order mark first, without which Excel reads the text in the system's code page and garbles "→"
 * and any Cyrillic name. What R calls `write.csv2`. Only unquoted cells that a spreadsheet reads as numbers
 * change (a number, or text that reads as one, as the plain CSV's reader would take it); other text is kept
 * as it is, quoted where it holds a semicolon, comma, quote or line break.
 * @throws {RangeError} if `csv` is not well-formed CSV (an unclosed quote, text after a closing quote).
 * @example
 * decimalCommaCsv("metric,mean\nwait,0.25\n"); // => "\uFEFFmetric;mean\nwait;0,25\n"
 */
export function decimalCommaCsv(csv: string): string {
  const out: string[] = ["\uFEFF"];
  let i = 0;
  let cells: string[] = [];
  const endRow = (newline: string): void => {
    out.push(cells.join(";"), newline);
    cells = [];
  };
  while (i < csv.length) {
    let cell: string;
    if (csv[i] === '"') {
      // A quoted cell: "" is one quote; it ends at the quote before a separator, a line end or the text's end.
      let text = "";
      i++;
      for (;;) {
        const quote = csv.indexOf('"', i);
        if (quote < 0) throw new RangeError(`decimalCommaCsv: a quoted cell opened before offset ${i} is never closed`);
        text += csv.slice(i, quote);
        i = quote + 1;
        if (csv[i] === '"') {
          text += '"';
          i++;
        } else break;
      }
      if (i < csv.length && csv[i] !== "," && csv[i] !== "\n" && csv[i] !== "\r") throw new RangeError(`decimalCommaCsv: text after a closing quote at offset ${i}`);
      cell = quoted(text);
    } else {
      let end = i;
      while (end < csv.length && csv[end] !== "," && csv[end] !== "\n" && csv[end] !== "\r") end++;
      const text = csv.slice(i, end);
      i = end;
      // A number, or text that reads as one (a sweep value "0.5"): its point becomes a comma.
      cell = READS_AS_NUMBER.test(text) ? text.replace(".", ",") : /[;"]/.test(text) ? quoted(text) : text;
    }
    cells.push(cell);
    if (i >= csv.length) {
      endRow("");
      break;
    }
    if (csv[i] === ",") {
      i++;
      // A separator at the very end leaves one empty cell.
      if (i === csv.length) {
        cells.push("");
        endRow("");
      }
      continue;
    }
    const newline = csv[i] === "\r" && csv[i + 1] === "\n" ? "\r\n" : (csv[i] as string);
    i += newline.length;
    endRow(newline);
  }
  return out.join("");
}

/** A text cell for a semicolon-separated file: quoted when it holds a separator, a quote or a line break. */
function quoted(text: string): string {
  return /[;,"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
