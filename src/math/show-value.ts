const maxLength = 40;

/**
 * A bad value as every error message shows it after "got": numbers, booleans and null as JavaScript
 * prints them, strings quoted (long ones cut, so a message stays one line), arrays by their length,
 * other objects and functions by their kind. The one such helper for every layer.
 *
 * @example
 * showValue(-1); // => "-1"
 * showValue("expo"); // => "\"expo\""
 * showValue([1, 2]); // => "an array of length 2"
 * showValue({ mean: 2 }); // => "an object"
 */
export function showValue(value: unknown): string {
  if (typeof value === "string") {
    const text = JSON.stringify(value);
    return text.length <= maxLength ? text : `${text.slice(0, maxLength - 4)}..."`;
  }
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === "function") return "a function";
  if (typeof value === "object" && value !== null) return "an object";
  return String(value);
}
