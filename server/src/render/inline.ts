// Building inline content and blocks: a template tag that keeps links and "missing" marks as
// structure (never as markup), and the split of a free clause text into paragraphs and list items.
import type { Bi, Block, Inline } from './types';
import { safeHref } from './escape';

export type Part = string | Inline | readonly Part[] | undefined | null | false;

/** Flattens parts into inline runs, merging neighbouring strings. */
export function inl(...parts: Part[]): Inline[] {
  const out: Inline[] = [];
  const push = (p: Part) => {
    if (p === undefined || p === null || p === false || p === '') return;
    if (Array.isArray(p)) { (p as readonly Part[]).forEach(push); return; }
    if (typeof p === 'string' && typeof out[out.length - 1] === 'string') out[out.length - 1] = (out[out.length - 1] as string) + p;
    else out.push(p as Inline);
  };
  parts.forEach(push);
  return out;
}

/** Template tag: t`Оператор ${name} …` → Inline[]. */
export function t(strings: TemplateStringsArray, ...values: Part[]): Inline[] {
  const parts: Part[] = [];
  strings.forEach((s, i) => { parts.push(s); if (i < values.length) parts.push(values[i]); });
  return inl(...parts);
}

export function link(href: string, text = href): Inline {
  const safe = safeHref(href);
  return safe ? { k: 'link', href: safe, text } : text;
}

export const mail = (address: string): Inline => link(`mailto:${address}`, address);
export const missing = (text: string): Inline => ({ k: 'missing', text });
export const strong = (text: string): Inline => ({ k: 'strong', text });

/** Text of inline runs, without structure. */
export function plain(runs: readonly Inline[]): string {
  return runs.map(r => (typeof r === 'string' ? r : r.text)).join('');
}

/** Joins items: «a, b, c», or with a final conjunction: «a, b және c». */
export function joinList(items: Inline[][], sep = ', ', last?: string): Inline[] {
  const parts: Part[] = [];
  items.forEach((item, i) => {
    if (i > 0) parts.push(i === items.length - 1 && last ? last : sep);
    parts.push(item);
  });
  return inl(...parts);
}

export const p = (content: Inline[]): Block => ({ kind: 'p', content });
export const li = (marker: string, content: Inline[]): Block => ({ kind: 'li', marker, content });

/** One paragraph in each language. */
export function bi(kk: Inline[], ru: Inline[]): Bi<Block[]> {
  return { kk: [p(kk)], ru: [p(ru)] };
}

/**
 * A numbered list «1) …; 2) ….» under an intro paragraph, in one language: the items get «;»
 * and the last «.», unless they already end in punctuation.
 */
export function listBlocks(intro: Inline[] | undefined, items: Inline[][]): Block[] {
  const blocks: Block[] = intro ? [p(intro)] : [];
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    const text = plain(item).trimEnd();
    const end = /[.;:!?]$/.test(text) ? '' : last ? '.' : ';';
    blocks.push(li(`${i + 1})`, inl(item, end)));
  });
  return blocks;
}

const LIST_MARKER = /^(\d{1,3}(?:\.\d{1,3})*[.)]|[a-zа-яәғқңөұүһі]\)|[-–—•*])\s+/u;

/** Splits a free text into blocks: each non-empty line is a paragraph, or a list item when it starts with a marker. */
export function textBlocks(text: string, fill: (line: string) => Inline[]): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const m = LIST_MARKER.exec(line);
    if (m) {
      const marker = /^[-–—•*]$/.test(m[1]) ? '—' : m[1];
      blocks.push(li(marker, fill(line.slice(m[0].length))));
    } else blocks.push(p(fill(line)));
  }
  return blocks;
}

/** Puts a final full stop on the last paragraph if it has no closing punctuation. */
export function endSentence(runs: Inline[]): Inline[] {
  const text = plain(runs).trimEnd();
  return /[.!?:;»"]$/.test(text) ? runs : inl(runs, '.');
}
