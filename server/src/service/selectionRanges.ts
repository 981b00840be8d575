// Selection ranges (expand selection): value → key: value → the map or list it is in → … → the
// section → the document.
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, type Node, type Pair } from 'yaml';
import { locate } from '../model/position';
import type { LanguageService } from './languageService';
import { contentEnd } from './symbols';

export function getSelectionRanges(service: LanguageService, document: TextDocument, positions: Position[]): SelectionRange[] {
  const { analysis } = service.analyze(document);
  const text = analysis.text;
  return positions.map(position => {
    const offset = document.offsetAt(position);
    const spans: [number, number][] = [];
    const located = locate(analysis, offset);
    const hit = located.hit;
    if (hit) spans.push([hit.start, hit.end]);
    for (let i = located.frames.length - 1; i >= 0; i--) {
      const frame = located.frames[i];
      const node = frame.node;
      if (!node) continue;
      // the pair in this map that holds the offset: key … value
      if (isMap(node)) {
        for (const pair of node.items as Pair<Node, Node | null>[]) {
          const s = frame.base + (pair.key?.range?.[0] ?? 0);
          const e = frame.base + (pair.value?.range?.[1] ?? pair.key?.range?.[1] ?? 0);
          if (s <= offset && offset <= e) spans.push([s, contentEnd(text, s, e)]);
        }
      }
      if (node.range) spans.push([frame.base + node.range[0], contentEnd(text, frame.base + node.range[0], frame.base + node.range[1])]);
    }
    if (located.section) spans.push([located.section.start, contentEnd(text, located.section.start, located.section.end)]);
    spans.push([0, text.length]);
    // innermost first, each inside the next
    const nested = spans.filter(([s, e]) => s <= offset && offset <= e).sort((a, b) => (a[1] - a[0]) - (b[1] - b[0]));
    let result: SelectionRange | undefined;
    const unique = nested.filter((s, i) => i === 0 || s[0] !== nested[i - 1][0] || s[1] !== nested[i - 1][1]);
    for (let i = unique.length - 1; i >= 0; i--) {
      const [s, e] = unique[i];
      result = { range: { start: document.positionAt(s), end: document.positionAt(e) }, parent: result };
    }
    return result ?? { range: { start: position, end: position } };
  });
}
