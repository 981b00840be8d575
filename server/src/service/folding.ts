// Folding: sections, entries, every key whose value spans lines (objects, lists, block texts),
// and runs of comment lines. From the spans the analysis keeps, without parsing again.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from './languageService';
import { contentEnd } from './symbols';

export function getFoldingRanges(service: LanguageService, document: TextDocument): FoldingRange[] {
  const { analysis } = service.analyze(document);
  const text = analysis.text;
  const out: FoldingRange[] = [];
  const seen = new Set<number>();
  const add = (start: number, end: number, kind?: FoldingRangeKind) => {
    const a = document.positionAt(start).line;
    const b = document.positionAt(Math.max(start, end)).line;
    if (b > a && !seen.has(a)) {
      seen.add(a);
      out.push({ startLine: a, endLine: b, kind });
    }
  };
  for (const section of analysis.sections) {
    if (section.key === undefined) continue;
    add(section.start, contentEnd(text, section.start, section.end));
    for (const piece of section.pieces) {
      for (const [, s] of piece.parsed.facts.spans) {
        if (s[2] < 0) continue;
        const start = piece.start + Math.min(s[0], s[2]);
        add(start, contentEnd(text, start, piece.start + s[3]));
      }
    }
  }
  // comment blocks of two lines or more
  let runStart = -1;
  let runEnd = -1;
  for (let at = 0; at <= text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const isComment = /^\s*#/.test(text.slice(at, end));
    if (isComment) {
      if (runStart < 0) runStart = at;
      runEnd = end;
    } else if (runStart >= 0) {
      add(runStart, runEnd, FoldingRangeKind.Comment);
      runStart = -1;
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  if (runStart >= 0) add(runStart, runEnd, FoldingRangeKind.Comment);
  return out.sort((x, y) => x.startLine - y.startLine);
}
