/**
 * A number to four significant digits for tables, in plain notation from 0.001 to a million and in
 * exponent notation outside: `4.585`, `1849`, `2.500e-4`. Cost: O(1).
 * @example fourDigits(3.192685461580984) // => "3.193"
 */
export function fourDigits(x: number): string {
  if (x === 0) return "0";
  const abs = Math.abs(x);
  return abs >= 1e6 || abs < 1e-3 ? x.toExponential(3) : Number(x.toPrecision(4)).toString();
}
