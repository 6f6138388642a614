/** A problem as the scenario loader reports it: a JSON path (`directions.kg-to-kz.stages[0].lanes`) and a message. */
export interface PathMessage {
  readonly path: string;
  readonly message: string;
}

/** Problems sorted to the fields that show them. */
export interface FieldProblems {
  /** Messages by field path (dotted, as `--set` writes it). */
  readonly byField: ReadonlyMap<string, readonly string[]>;
  /** Messages that no field owns, each prefixed with its path, for a list above the fields. */
  readonly other: readonly string[];
}

/**
 * A loader path in the dotted form of `--set`: `stages[0].lanes` becomes `stages.0.lanes`, `a["b c"]` becomes `a.b c`.
 * @example dottedPath('directions.kg-to-kz.stages[1].lanes') // => "directions.kg-to-kz.stages.1.lanes"
 */
export function dottedPath(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, ".$1")
    .replace(/\["((?:[^"\\]|\\.)*)"\]/g, (_, key: string) => `.${JSON.parse(`"${key}"`) as string}`)
    .replace(/^\$\.?/, "")
    .replace(/^\./, "");
}

/**
 * Gives each problem to the field whose path it names (or lies under, such as `seals.share` for a
 * problem at `seals.share` itself), dropping the loader's "(in --set ...)" note, which the field makes
 * plain; the rest go to `other` with their path.
 */
export function assignProblems(problems: readonly PathMessage[], fields: readonly string[]): FieldProblems {
  const byField = new Map<string, string[]>();
  const other: string[] = [];
  for (const problem of problems) {
    const path = dottedPath(problem.path);
    const field = fields.find((f) => path === f || path.startsWith(`${f}.`));
    const message = problem.message.replace(/ \(in --set [^)]*\)$/, "");
    if (field === undefined) other.push(`${problem.path}: ${problem.message}`);
    else byField.set(field, [...(byField.get(field) ?? []), message]);
  }
  return { byField, other };
}
