const identifier = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * The JSON path of `key` inside the value at `path`: `stations[1]`, `stations[1].routes`,
 * or `serviceByClass["cold chain"]` for keys that are not identifiers. The root path is "".
 *
 * @example
 * childPath(childPath("stations", 1), "id"); // => "stations[1].id"
 */
export function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  if (!identifier.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === "" ? key : `${path}.${key}`;
}

/**
 * The path as shown to people: the root, "", becomes `$`.
 *
 * @example
 * displayPath(""); // => "$"
 */
export function displayPath(path: string): string {
  return path === "" ? "$" : path;
}
