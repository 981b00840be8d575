// A memo for work done on the texts of a policy (rule scans of each bilingual text, regex matches),
// keyed by the text itself. Unchanged entries keep the very same strings after an edit, so a lookup
// costs no scan (V8 caches a string's hash), and a keystroke re-scans only the texts it changed.
//
// Memory stays bounded by what the open documents use: each analysis starts a new generation
// (PolicyAnalyzer.analyze calls nextGeneration), and when a memo has doubled since it was last
// swept, the entries that neither the current nor the previous generation used are dropped. Typing
// in one document keeps all of its texts (every analysis touches them); the texts of an
// edited-away value, a closed document or an old version go.

let generation = 0;

/** Called once per analysis, before the rules run over it. */
export function nextGeneration(): void {
  generation++;
}

/** A Map from texts to results that forgets what the last two analyses did not use. */
export class TextMemo<T> {
  /** value and the generation that last used it (a field write on a hit: no Map insertion per keystroke) */
  private entries = new Map<string, { value: T; used: number }>();
  /** size after the last sweep: the next sweep comes when the memo has doubled */
  private swept = 0;

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    entry.used = generation;
    return entry.value;
  }

  set(key: string, value: T): this {
    if (this.entries.size >= Math.max(2 * this.swept, MIN_SWEEP)) this.sweep();
    this.entries.set(key, { value, used: generation });
    return this;
  }

  /** the memoised result for `key`, computed if there is none */
  use(key: string, compute: (key: string) => T): T {
    let value = this.get(key);
    if (value === undefined) this.set(key, (value = compute(key)));
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.swept = 0;
  }

  /** entries held */
  get size(): number {
    return this.entries.size;
  }

  /** drops what neither this analysis nor the one before used */
  private sweep() {
    for (const [key, entry] of this.entries) if (entry.used < generation - 1) this.entries.delete(key);
    this.swept = this.entries.size;
  }
}

/** below this many entries a memo is never swept */
const MIN_SWEEP = 512;
