const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a number as records write it: `4.6`, `1e3`, and, in a semicolon-delimited file, a decimal
 * comma `4,6` as spreadsheets in Russian, Kazakh or Kyrgyz locales write it.
 *
 * @returns the number, or a message saying what is wrong with the text.
 * @example
 * parseRecordNumber("4,6", ";"); // => 4.6
 */
export function parseRecordNumber(text: string, delimiter: "," | ";"): number | string {
  const t = delimiter === ";" && /^[+-]?\d+,\d+$/.test(text) ? text.replace(",", ".") : text;
  if (t === "") return "is empty (a number is expected)";
  if (!NUMBER.test(t)) return `"${text}" is not a number`;
  return Number(t);
}
