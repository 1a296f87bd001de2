/**
 * "Did you mean …?" for mistyped keys and values: the closest known word by Levenshtein distance,
 * offered only when it is close enough that the suggestion is more likely right than noise.
 */

/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known word closest to `input`, or undefined when none is close: at most 1 edit for words of up
 * to 4 letters, 2 up to 8, 3 beyond (case-insensitive, so `Theme` → `theme` is always offered).
 */
export function didYouMean(input: string, known: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  const limit = needle.length <= 4 ? 1 : needle.length <= 8 ? 2 : 3;
  let best: { word: string; distance: number } | undefined;
  for (const word of known) {
    const distance = levenshtein(needle, word.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { word, distance };
  }
  return best?.word;
}
