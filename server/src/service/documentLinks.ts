// Document links: web addresses and e-mail addresses anywhere in the policy (values and comments).
import type { DocumentLink } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const URL = /\bhttps?:\/\/[^\s"'<>«»`]+/g;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}/gu;
const TRAILING = /[.,;:!?)\]}]+$/;

export function getDocumentLinks(document: TextDocument): DocumentLink[] {
  const text = document.getText();
  const links: DocumentLink[] = [];
  const taken: [number, number][] = [];
  const add = (start: number, raw: string, target: (s: string) => string) => {
    const value = raw.replace(TRAILING, '');
    if (!value) return;
    const end = start + value.length;
    if (taken.some(([a, b]) => start < b && a < end)) return;
    taken.push([start, end]);
    try {
      links.push({ range: { start: document.positionAt(start), end: document.positionAt(end) }, target: target(value) });
    } catch { /* not a link after all */ }
  };
  for (const m of text.matchAll(URL)) add(m.index ?? 0, m[0], s => new globalThis.URL(s).toString());
  for (const m of text.matchAll(EMAIL)) add(m.index ?? 0, m[0], s => `mailto:${s}`);
  return links.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
