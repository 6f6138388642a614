const maxLength = 40;

/**
 * A short rendering of a JSON value for messages (`got -1`, `got "expo"`, `got an object`):
 * scalars as JSON, long strings cut, containers by kind, so a message stays one line.
 *
 * @example
 * describeValue("exponential"); // => "\"exponential\""
 * describeValue([1, 2]); // => "an array"
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    const text = JSON.stringify(value);
    return text.length <= maxLength ? text : `${text.slice(0, maxLength - 4)}..."`;
  }
  if (typeof value === "object") return "an object";
  return String(value);
}
