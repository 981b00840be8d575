// Helpers for the fidelity test: the clauses of a source policy (shared/seeds/*.txt), the
// `# seed N` comments of its DSL version (examples/*.policy.yaml), and which rendered text came
// from the YAML each comment annotates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderDocument } from '../../server/src/render/types';
import { walk } from '../../server/src/render/tree';
import { inlineText } from '../../server/src/render/text';

export const SEEDS_DIR = process.env.DERBES_SEEDS ?? '/work/shared/seeds';

export const SEED_FILES: Record<string, string> = {
  toowto: '000_68b9cce99c09173c.txt',
  birgeoqu: '001_859f3baca6dfd11a.txt',
  pytkamnet: '002_dcf2faad3fee7691.txt',
  smartustaz: '003_9113210b11d2916c.txt',
  '5qbe': '004_4f42a74402f24895.txt',
};

export interface SeedClause {
  /** «title», «pre¶1», «1.1», «2.2.1» */
  id: string;
  text: string;
}

/**
 * The clauses of a seed: its title, the unnumbered paragraphs before the first number (the
 * preamble, «pre¶1»…), and every numbered clause with the lines that follow it up to the next
 * number. Section headings (a bare «1.» with sub-clauses) are not clauses. Nested numbering by
 * indentation (seed 004: «1.» / «  1.» / «   1.») is composed into «1.2.3».
 */
export function seedClauses(text: string): SeedClause[] {
  const lines = text.split(/\r?\n/).map(l => l.replace(/\s+$/, ''));
  const out: SeedClause[] = [];
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  out.push({ id: 'title', text: lines[i++]?.trim() ?? '' });
  const numbered = /^(\s*)(\d+(?:\.\d+)*)\.?(?:\s+|(?=[^\d\s.)]))(.*)$/u;
  const nested = lines.some(l => /^ {2,}\d+\.\s/.test(l));
  let pre = 0;
  const stack: { indent: number; n: number }[] = [];
  let current: SeedClause | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const m = numbered.exec(line);
    // a year or a number inside running text is not a clause number
    if (m && !/^\d{4}$/.test(m[2]) && !/^\s*\d+\)/.test(line)) {
      let id = m[2];
      if (nested) {
        const indent = m[1].length;
        while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
        stack.push({ indent, n: Number(m[2]) });
        id = stack.map(s => s.n).join('.');
      }
      current = { id, text: m[3].trim() };
      out.push(current);
      continue;
    }
    if (!current) {
      out.push({ id: `pre¶${++pre}`, text: line.trim() });
      continue;
    }
    current.text += '\n' + line.trim();
  }
  // text after the last clause that is not a list item of it is the page's footer (seed 002: a
  // donor note); it ends where the web page's navigation begins (short lines: «Мәзір», «KZ» …)
  const last = out[out.length - 1];
  if (last && /^\d/.test(last.id)) {
    const [own, ...rest] = last.text.split('\n');
    if (rest.length && !rest.some(l => /^(\d+\)|[-*•])/.test(l))) {
      last.text = own;
      const footer: string[] = [];
      for (const l of rest) { if (l.split(/\s+/).length < 4) break; footer.push(l); }
      if (footer.length) out.push({ id: 'footer', text: footer.join('\n') });
    }
  }
  // headings: a bare number whose clauses follow («1. ҰҒЫМДАР АНЫҚТАМАСЫ», «2. Дербес деректер»)
  return out.filter(c => !(/^\d+$/.test(c.id) && out.some(o => o.id.startsWith(c.id + '.'))));
}

export function readSeed(name: string): SeedClause[] {
  return seedClauses(readFileSync(join(SEEDS_DIR, SEED_FILES[name]), 'utf8'));
}

/** The seed clause ids a `# seed …` comment names: «1.1–1.7», «3.1(1)», «preamble ¶1–2», «pre», «title». */
export function parseSeedRefs(comment: string, preambleCount: number): string[] {
  // notes in parentheses after a space are prose («(quoting Law No. 94-V, Art. 1 p.2)»); «3.1(1)» is a sub-item
  const head = comment.replace(/\s\([^()]*\)/g, ' ');
  const out: string[] = [];
  const expand = (a: string, b: string | undefined) => {
    if (!b) return [a];
    const pa = a.split('.'), pb = b.split('.');
    const prefix = pa.slice(0, -1).join('.');
    const list: string[] = [];
    for (let n = Number(pa.at(-1)); n <= Number(pb.at(-1)); n++) list.push(prefix ? `${prefix}.${n}` : String(n));
    return list;
  };
  const re = /\b(title|footer)\b|\b(preamble|pre)\b(?:\s*¶\s*(\d+)(?:\s*[–-]\s*(\d+))?)?|(\d+(?:\.\d+)*)(?:\(\d+\))?(?:\s*[–-]\s*(\d+(?:\.\d+)*))?/g;
  for (const m of head.matchAll(re)) {
    if (m[1]) out.push(m[1]);
    else if (m[2]) {
      const from = m[3] ? Number(m[3]) : 1;
      const to = m[4] ? Number(m[4]) : m[3] ? Number(m[3]) : preambleCount;
      for (let n = from; n <= to; n++) out.push(`pre¶${n}`);
    } else if (m[5]) out.push(...expand(m[5], m[6]));
  }
  return out;
}

export interface AnnotatedBlock {
  refs: string[];
  /** the YAML the comment stands above: its first line and the offsets it spans */
  line: number;
  start: number;
  end: number;
}

/** Each `# seed …` comment and the YAML entry below it (the key or list item and everything indented under it). */
export function annotatedBlocks(source: string, preambleCount: number): AnnotatedBlock[] {
  const lines = source.split('\n');
  const starts: number[] = [];
  let o = 0;
  for (const l of lines) { starts.push(o); o += l.length + 1; }
  const indentOf = (l: string) => /^(\s*)/.exec(l)![1].length;
  const out: AnnotatedBlock[] = [];
  lines.forEach((l, i) => {
    const m = /^\s*# seed (.*)$/.exec(l);
    if (!m) return;
    const refs = parseSeedRefs(m[1], preambleCount);
    if (!refs.length) return;
    let j = i + 1;
    while (j < lines.length && (/^\s*#/.test(lines[j]) || lines[j].trim() === '')) j++;
    if (j >= lines.length) return;
    const indent = indentOf(lines[j]);
    const item = /^\s*- /.test(lines[j]);
    let k = j + 1;
    for (; k < lines.length; k++) {
      const t = lines[k];
      if (t.trim() === '') continue;
      const ind = indentOf(t);
      if (/^\s*#/.test(t)) { if (ind <= indent) break; continue; }
      if (ind > indent) continue;
      // a top-level key whose value is a flow or block list on the following lines at the same indent
      if (!item && ind === indent && /^\s*- /.test(t) && !/^\s*- /.test(lines[j])) continue;
      break;
    }
    let last = k - 1;
    while (last > j && (lines[last].trim() === '' || /^\s*#/.test(lines[last]))) last--;
    out.push({ refs, line: j + 1, start: starts[j], end: starts[last] + lines[last].length });
  });
  return out;
}

/** The Kazakh text rendered from the source between two offsets (nodes whose ranges overlap it). */
export function renderedFrom(doc: RenderDocument, start: number, end: number): string {
  const parts: string[] = [];
  if (doc.titleRanges.some(r => r.start < end && r.end > start)) parts.push(inlineText(doc.title.kk), ...doc.meta.map(m => inlineText(m.kk)));
  for (const n of walk(doc)) {
    if (n.kind === 'section') continue;
    if (!n.ranges.some(r => r.start < end && r.end > start)) continue;
    if (n.title) parts.push(inlineText(n.title.kk));
    parts.push(...n.body.kk.map(b => inlineText(b.content)));
  }
  return parts.join('\n');
}

/** Word stems (first five letters of words of five or more letters), lowercased. */
export function stems(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}]{5,}/gu) ?? [];
  return new Set(words.map(w => SYNONYMS[w.slice(0, 5)] ?? w.slice(0, 5)));
}

/** Words the seeds use where the rendered text has the statutory term (GLOSSARY.tsv): адрес → мекенжай. */
const SYNONYMS: Record<string, string> = { 'адрес': 'мекен' };

/** The Kazakh strings of a YAML block (every `kk:` value), split at placeholders and list markers into comparable pieces. */
export function kazakhFragments(yamlBlock: string): string[] {
  const out: string[] = [];
  const lines = yamlBlock.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)kk:\s*(.*)$/.exec(lines[i]);
    if (!m) continue;
    let value = m[2];
    if (/^[|>][-+]?$/.test(value)) {
      const body: string[] = [];
      for (let j = i + 1; j < lines.length && (lines[j].trim() === '' || /^(\s*)/.exec(lines[j])![1].length > m[1].length); j++) body.push(lines[j].trim());
      value = body.join('\n');
    } else value = value.replace(/^["']|["']$/g, '');
    for (const line of value.split('\n')) {
      for (const piece of line.replace(/^\s*(\d{1,3}(\.\d{1,3})*[.)]|[-–—•*])\s+/u, '').split(/\{\{[^}]*\}\}/)) {
        const norm = normalize(piece);
        if (norm.length >= 12) out.push(norm);
      }
    }
  }
  return out;
}

export const normalize = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The share of the seed clause's stems that the rendered text has. */
export function coverage(seedText: string, rendered: string): { score: number; missing: string[] } {
  const want = stems(seedText);
  const have = stems(rendered);
  const missing = [...want].filter(s => !have.has(s));
  return { score: want.size ? (want.size - missing.length) / want.size : 1, missing };
}
