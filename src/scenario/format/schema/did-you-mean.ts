/**
 * The allowed word closest to a misspelt `word` (`sevrers` → `servers`), or undefined when none
 * is within about a third of the word's length in edits, so that wild guesses are not offered.
 * Cost: O(|word| × total length of `allowed`).
 *
 * @example
 * didYouMean("sevrers", ["id", "servers", "service"]); // => "servers"
 */
export function didYouMean(word: string, allowed: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of allowed) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * The suggestion as every message writes it, right after the unknown word: ` (did you mean "servers"?)`,
 * or "" when no allowed word is close (see `didYouMean`).
 *
 * @example
 * suggestion("sevrers", ["id", "servers"]); // => ' (did you mean "servers"?)'
 */
export function suggestion(word: string, allowed: readonly string[]): string {
  const guess = didYouMean(word, allowed);
  return guess === undefined ? "" : ` (did you mean ${JSON.stringify(guess)}?)`;
}

/**
 * The message for a name that is not one of `allowed`: the kind of thing, the name, the suggestion,
 * then `listed` (what is allowed, in the caller's words).
 *
 * @example
 * unknownName("stage", "kz-xrya", ["kz-xray", "kz-customs"], "stages: kz-xray, kz-customs");
 * // => 'unknown stage "kz-xrya" (did you mean "kz-xray"?); stages: kz-xray, kz-customs'
 */
export function unknownName(noun: string, word: string, allowed: readonly string[], listed: string): string {
  return `unknown ${noun} ${JSON.stringify(word)}${suggestion(word, allowed)}; ${listed}`;
}

// Damerau–Levenshtein (optimal string alignment), so a swap of two letters counts as one edit.
function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const d = new Uint16Array((a.length + 1) * width);
  const at = (i: number, j: number): number => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}
