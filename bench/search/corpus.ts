// The bench's text: words drawn by Zipf's law (s = 1) from a vocabulary of 10,000, as natural text is,
// so a few words occur in almost every memory and most in few; seeded, so every run builds the same data.
const VOCABULARY = 10_000;

export function corpus(prefix: string, seed = 1) {
  const words = Array.from({ length: VOCABULARY }, (_, i) => `${prefix}${i.toString(36)}`);
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= VOCABULARY; rank++) cumulative.push((total += 1 / rank));
  let state = seed;
  /** A linear congruential generator: the same numbers on every run. */
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  /** A word by its Zipf weight (binary search over the cumulative weights). */
  function word(): string {
    const target = random() * total;
    let low = 0;
    let high = VOCABULARY - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return words[low];
  }
  return {
    /** The word of this rank (0 is the most common). */
    ranked: (rank: number) => words[rank],
    text: (count: number) => Array.from({ length: count }, word).join(' '),
    /** `count` distinct words, drawn as text draws them (so common ones come first, as in real queries). */
    distinct(count: number): string[] {
      const seen = new Set<string>();
      while (seen.size < count) seen.add(word());
      return [...seen];
    },
  };
}
