// Plain text: one language per document; with both, Kazakh first, then Russian.
import { stripControls } from './escape';
import { walk } from './tree';
import type { Block, DocNode, Inline, Lang, LangMode, RenderDocument } from './types';

export function inlineText(runs: readonly Inline[]): string {
  return stripControls(runs.map(r => {
    if (typeof r === 'string') return r;
    if (r.k === 'link' && r.text !== r.href && !r.href.endsWith(r.text)) return `${r.text} (${r.href.replace(/^mailto:/, '')})`;
    return r.text;
  }).join(''));
}

function blockText(b: Block): string {
  const text = inlineText(b.content);
  return b.kind === 'li' ? `${b.marker ?? '—'} ${text}` : text;
}

/** The lines of one node in one language: its number, title and paragraphs. */
export function nodeLines(node: DocNode, lang: Lang): string[] {
  const title = node.title ? inlineText(node.title[lang]) : '';
  const blocks = node.body[lang].map(blockText);
  if (node.kind === 'section') return [`${node.number} ${title}`.trim()];
  const lines: string[] = [];
  if (title) lines.push(`${node.number} ${title}`.trim(), ...blocks);
  else if (blocks.length) lines.push(`${node.number} ${blocks[0]}`.trim(), ...blocks.slice(1));
  else if (node.number) lines.push(node.number);
  return lines;
}

export function renderTextLang(doc: RenderDocument, lang: Lang): string {
  const out: string[] = [inlineText(doc.title[lang]), ...doc.meta.map(m => inlineText(m[lang]))];
  for (const node of walk(doc)) {
    if (node.kind === 'section' || node === doc.footer) out.push('');
    out.push(...nodeLines(node, lang));
  }
  return out.join('\n') + '\n';
}

export function renderText(doc: RenderDocument, mode: LangMode = 'both'): string {
  if (mode !== 'both') return renderTextLang(doc, mode);
  return `${renderTextLang(doc, 'kk')}\n${'='.repeat(72)}\n\n${renderTextLang(doc, 'ru')}`;
}
