// Markdown: one language per document; with both, Kazakh first, then Russian. Policy text is
// escaped so that it never becomes Markdown or HTML structure.
import { escapeMarkdown, safeHref } from './escape';
import { walk } from './tree';
import type { Block, Inline, Lang, LangMode, RenderDocument } from './types';

function inlineMd(runs: readonly Inline[]): string {
  return runs.map(r => {
    if (typeof r === 'string') return escapeMarkdown(r);
    switch (r.k) {
      case 'link': {
        const href = safeHref(r.href);
        // the destination is percent-encoded, so it cannot close the link or open HTML
        return href ? `[${escapeMarkdown(r.text)}](${encodeURI(decodeURI(href)).replace(/[()<> ]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})` : escapeMarkdown(r.text);
      }
      case 'strong': return `**${escapeMarkdown(r.text)}**`;
      case 'missing': return `*${escapeMarkdown(r.text)}*`;
    }
  }).join('');
}

function blockMd(b: Block): string {
  return b.kind === 'li' ? `- ${escapeMarkdown(b.marker ?? '—')} ${inlineMd(b.content)}` : inlineMd(b.content);
}

export function renderMarkdownLang(doc: RenderDocument, lang: Lang): string {
  const out: string[] = [`# ${inlineMd(doc.title[lang])}`, ''];
  for (const m of doc.meta) out.push(`*${inlineMd(m[lang])}*`, '');
  for (const node of walk(doc)) {
    const num = node.number ? `${escapeMarkdown(node.number)} ` : '';
    if (node.kind === 'section') { out.push(`## ${num}${node.title ? inlineMd(node.title[lang]) : ''}`, ''); continue; }
    const blocks = node.body[lang];
    if (node.title) out.push(`**${num}${inlineMd(node.title[lang])}**`, '');
    blocks.forEach((b, i) => {
      const lead = i === 0 && !node.title && num && b.kind === 'p' ? `**${num.trim()}** ` : '';
      if (i === 0 && !node.title && num && b.kind === 'li') out.push(`**${num.trim()}**`, '');
      out.push(lead + blockMd(b));
      // list items of one clause stay one list; paragraphs are separated by a blank line
      if (b.kind === 'p' || blocks[i + 1]?.kind !== 'li') out.push('');
    });
    if (!blocks.length && !node.title && num) out.push(`**${num.trim()}**`, '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

export function renderMarkdown(doc: RenderDocument, mode: LangMode = 'both'): string {
  if (mode !== 'both') return renderMarkdownLang(doc, mode);
  return `${renderMarkdownLang(doc, 'kk')}\n---\n\n${renderMarkdownLang(doc, 'ru')}`;
}
