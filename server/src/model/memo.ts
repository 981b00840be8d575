// A memo for work done on the texts of a policy (rule scans of each bilingual text, regex matches),
// keyed by the text itself. Unchanged entries keep the very same strings after an edit, so a lookup
// costs no scan (V8 caches a string's hash), and a keystroke re-scans only the texts it changed.
//
// Memory stays bounded by what the open documents use: each analysis starts a new generation
// (PolicyAnalyzer.analyze calls nextGeneration), and an entry not used in the current or the
// previous generation is dropped. Typing in one document keeps all of its texts (every analysis
// touches them); the texts of an edited-away value, a closed document or an old version go.

let generation = 0;

/** Called once per analysis, before the rules run over it. */
export function nextGeneration(): void {
  generation++;
}

/** A Map from texts to results that forgets what the last two analyses did not use. */
export class TextMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();
  private at = generation;

  private turn() {
    if (this.at === generation) return;
    this.previous = this.at === generation - 1 ? this.current : new Map();
    this.current = new Map();
    this.at = generation;
  }

  get(key: string): T | undefined {
    this.turn();
    let value = this.current.get(key);
    if (value !== undefined) return value;
    value = this.previous.get(key);
    if (value !== undefined) this.current.set(key, value);
    return value;
  }

  set(key: string, value: T): this {
    this.turn();
    this.current.set(key, value);
    return this;
  }

  /** the memoised result for `key`, computed if there is none */
  use(key: string, compute: (key: string) => T): T {
    let value = this.get(key);
    if (value === undefined) this.set(key, (value = compute(key)));
    return value;
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }

  /** entries held (both generations) */
  get size(): number {
    return this.current.size + this.previous.size;
  }
}
