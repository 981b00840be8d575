// HTML: a self-contained, print-ready page (Kazakh and Russian in two columns aligned clause by
// clause, or one language), and the per-node fragments the live preview patches into its DOM.
// Every piece of policy text goes through escapeHtml; hrefs only come from safeHref.
import { domId, escapeHtml, safeHref } from './escape';
import { walk } from './tree';
import type { Bi, Block, DocNode, Inline, Lang, LangMode, RenderDocument } from './types';
import { LANGS } from './types';

export function inlineHtml(runs: readonly Inline[]): string {
  let out = '';
  for (const r of runs) {
    if (typeof r === 'string') { out += escapeHtml(r); continue; }
    switch (r.k) {
      case 'link': {
        const href = safeHref(r.href);
        out += href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${escapeHtml(r.text)}</a>` : escapeHtml(r.text);
        break;
      }
      case 'strong': out += `<strong>${escapeHtml(r.text)}</strong>`; break;
      case 'missing': out += `<span class="missing">${escapeHtml(r.text)}</span>`; break;
    }
  }
  return out;
}

function blockHtml(b: Block, lead: string): string {
  if (b.kind === 'li') return `<p class="li"><span class="marker">${escapeHtml(b.marker ?? '—')}</span> ${inlineHtml(b.content)}</p>`;
  return `<p>${lead}${inlineHtml(b.content)}</p>`;
}

/** The inner HTML of one node's cell in one language. */
export function cellHtml(node: DocNode, lang: Lang): string {
  const num = node.number ? `<span class="num">${escapeHtml(node.number)}</span> ` : '';
  if (node.kind === 'section') return `<h2>${num}${node.title ? inlineHtml(node.title[lang]) : ''}</h2>`;
  const blocks = node.body[lang];
  let out = '';
  let lead = num;
  if (node.title) {
    out += `<h3>${num}${inlineHtml(node.title[lang])}</h3>`;
    lead = '';
  }
  blocks.forEach((b, i) => {
    if (i === 0 && b.kind === 'li' && lead) { out += `<p>${lead}</p>`; lead = ''; }
    out += blockHtml(b, i === 0 ? lead : '');
  });
  if (!blocks.length && lead) out += `<p>${lead}</p>`;
  return out;
}

export function titleHtml(doc: RenderDocument, lang: Lang): string {
  return `<h1>${inlineHtml(doc.title[lang])}</h1>${doc.meta.map(m => `<p class="meta">${inlineHtml(m[lang])}</p>`).join('')}`;
}

function row(id: string, classes: string, cells: Bi<string>, mode: LangMode, tag = 'div'): string {
  const langs = mode === 'both' ? LANGS : [mode];
  return `<${tag} class="row ${classes}" id="${escapeHtml(domId(id))}">${langs.map(l => `<div class="cell ${l}" lang="${l}">${cells[l]}</div>`).join('')}</${tag}>`;
}

export function nodeClasses(node: DocNode): string {
  return `${node.kind} depth-${node.depth} origin-${node.origin}`;
}

/** The document's body: one row per node, so Kazakh and Russian stay side by side clause by clause. */
export function bodyHtml(doc: RenderDocument, mode: LangMode): string {
  const rows = [row('title', 'title', { kk: titleHtml(doc, 'kk'), ru: titleHtml(doc, 'ru') }, mode, 'header')];
  for (const node of walk(doc)) rows.push(row(node.id, nodeClasses(node), { kk: cellHtml(node, 'kk'), ru: cellHtml(node, 'ru') }, mode));
  return rows.join('\n');
}

export const DOCUMENT_CSS = `
:root { color-scheme: light; }
html { background: #fff; color: #111; }
body { margin: 0; font: 11.5pt/1.5 "Times New Roman", "DejaVu Serif", "Liberation Serif", serif; }
.doc { max-width: 1100px; margin: 0 auto; padding: 24px 32px; }
.doc.one { max-width: 760px; }
.row { display: grid; grid-template-columns: 1fr 1fr; column-gap: 32px; }
.doc.one .row { grid-template-columns: 1fr; }
.cell { min-width: 0; overflow-wrap: anywhere; hyphens: auto; }
.cell p { margin: 0 0 .35em; text-align: justify; }
.cell p.li { padding-left: 1.6em; text-indent: -1.6em; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 .4em; }
h2 { font-size: 12.5pt; margin: 1.1em 0 .4em; text-align: center; }
h3 { font-size: 11.5pt; margin: .6em 0 .25em; }
.cell p.meta { text-align: right; font-size: 10pt; color: #444; }
.num { font-weight: bold; }
.depth-3 .cell { padding-left: 1.2em; }
.missing { background: #fff3cd; color: #7a4d00; border-bottom: 1px dashed #b08000; }
a { color: #0b4f9c; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  .doc { max-width: none; padding: 0; }
  .row { break-inside: avoid-page; }
  h2 { break-after: avoid-page; }
  a { color: inherit; text-decoration: none; }
}
`;

export interface HtmlOptions {
  mode?: LangMode;
}

/** A complete, self-contained HTML page: no scripts, no remote resources, a CSP that forbids both. */
export function renderHtml(doc: RenderDocument, options: HtmlOptions = {}): string {
  const mode = options.mode ?? 'both';
  const lang = mode === 'both' ? 'kk' : mode;
  const title = doc.title[lang].map(r => (typeof r === 'string' ? r : r.text)).join('');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Derbes">
<title>${escapeHtml(title)}</title>
<style>${DOCUMENT_CSS}</style>
</head>
<body>
<article class="doc ${mode === 'both' ? 'two' : 'one'}">
${bodyHtml(doc, mode)}
</article>
</body>
</html>
`;
}
