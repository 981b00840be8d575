// What the live preview receives: one block per node (title, sections, clauses), each with its
// Kazakh and Russian HTML fragments, its source range and the diagnostics that fall in it. The
// preview aligns the two languages by block and patches only the blocks whose HTML changed.
import { cellHtml, nodeClasses, titleHtml } from './html';
import { domId } from './escape';
import { walk } from './tree';
import type { NodeOrigin, RenderDocument, SourceRange } from './types';

export interface PreviewDiagnostic {
  /** 1 error, 2 warning, 3 information, 4 hint (LSP DiagnosticSeverity) */
  severity: number;
  message: string;
  code?: string;
  line: number;
  character: number;
}

export interface PreviewBlock {
  id: string;
  /** the element id in the preview (only [A-Za-z0-9_-]) */
  domId: string;
  kind: 'title' | 'section' | 'clause';
  depth: number;
  number: string;
  origin: NodeOrigin;
  classes: string;
  kk: string;
  ru: string;
  /** the range to reveal when the block is clicked, and the ones that count for scroll sync */
  ranges: SourceRange[];
  diagnostics: PreviewDiagnostic[];
}

export interface PreviewContent {
  blocks: PreviewBlock[];
  /** diagnostics that belong to no rendered block (e.g. an unknown key) */
  unplaced: PreviewDiagnostic[];
}

/** A diagnostic as the preview shows it, with the offset of its start for placing it. */
export interface PlaceableDiagnostic extends PreviewDiagnostic {
  offset: number;
}

export function previewContent(doc: RenderDocument, diagnostics: readonly PlaceableDiagnostic[] = []): PreviewContent {
  const blocks: PreviewBlock[] = [{
    id: 'title', domId: domId('title'), kind: 'title', depth: 0, number: '', origin: 'generated', classes: 'title',
    kk: titleHtml(doc, 'kk'), ru: titleHtml(doc, 'ru'), ranges: doc.titleRanges, diagnostics: [],
  }];
  for (const node of walk(doc)) {
    blocks.push({
      id: node.id, domId: domId(node.id), kind: node.kind, depth: node.depth, number: node.number, origin: node.origin,
      classes: nodeClasses(node), kk: cellHtml(node, 'kk'), ru: cellHtml(node, 'ru'), ranges: node.ranges, diagnostics: [],
    });
  }
  const unplaced: PreviewDiagnostic[] = [];
  for (const d of diagnostics) {
    // the block whose source holds the diagnostic most tightly
    let best: PreviewBlock | undefined;
    let bestSize = Infinity;
    for (const b of blocks) {
      for (const r of b.ranges) {
        if (d.offset >= r.start && d.offset <= r.end && r.end - r.start < bestSize) { best = b; bestSize = r.end - r.start; }
      }
    }
    const { offset: _offset, ...shown } = d;
    (best ? best.diagnostics : unplaced).push(shown);
  }
  return { blocks, unplaced };
}
