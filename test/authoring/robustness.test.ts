// Every authoring feature at every kind of position of broken and odd documents: no exception, and
// every range it returns lies inside the document.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Range } from 'vscode-languageserver-types';
import { getCompletions } from '../../server/src/service/completion';
import { getHover } from '../../server/src/service/hover';
import { getCodeActions } from '../../server/src/service/codeActions';
import { getDefinition } from '../../server/src/service/definition';
import { prepareRename } from '../../server/src/service/rename';
import { getDocumentSymbols } from '../../server/src/service/symbols';
import { getFoldingRanges } from '../../server/src/service/folding';
import { getSelectionRanges } from '../../server/src/service/selectionRanges';
import { getDocumentLinks } from '../../server/src/service/documentLinks';
import { getFormattingEdits } from '../../server/src/service/formatting';
import { ROOT } from '../helpers/policy';
import { BASE, docOf, service } from './helpers';

function rng(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const INSERTS = [':', ' ', '- ', '{', '}', '[', ']', ',', '\t', '#', '"', "'", '|', '>', '&a ', '*a', '\n', '\r\n', '{{', 'ЖСН', '\uFEFF', '---\n', '  '];

function mutate(text: string, random: (n: number) => number): string {
  let t = text;
  for (let k = 0; k < 3; k++) {
    const at = random(t.length + 1);
    t = random(2) ? t.slice(0, at) + INSERTS[random(INSERTS.length)] + t.slice(at) : t.slice(0, at) + t.slice(at + 1 + random(20));
  }
  return t;
}

describe('robustness of the authoring features', () => {
  const sources = [BASE, ...readdirSync(join(ROOT, 'examples')).filter(f => f.endsWith('.policy.yaml')).map(f => readFileSync(join(ROOT, 'examples', f), 'utf8')), '', '\n\n', '- a\n- b\n', 'data', 'x: [', '\uFEFFderbes: 1\r\ndata:\r\n  a: { category: email }\r\n'];
  it('no exception and ranges inside the document, at random positions of mutated policies', () => {
    const random = rng(42);
    const s = service();
    const started = Date.now();
    let checked = 0;
    for (let round = 0; round < 40; round++) {
      const source = sources[round % sources.length];
      const text = round < sources.length ? source : mutate(source, random);
      const document = docOf(text);
      const lines = document.lineCount;
      const inside = (r: Range, what: string) => {
        assert.ok(r.start.line >= 0 && r.end.line < lines + 1 && (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character)), `${what}: ${JSON.stringify(r)}`);
        assert.ok(document.offsetAt(r.end) <= text.length, what);
      };
      const diagnostics = s.getDiagnostics(document, 'ru');
      getDocumentSymbols(s, document, 'kk').forEach(x => { inside(x.range, 'symbol'); inside(x.selectionRange, 'symbol selection'); });
      getFoldingRanges(s, document).forEach(x => assert.ok(x.startLine <= x.endLine && x.endLine < lines, 'folding'));
      getDocumentLinks(document).forEach(x => inside(x.range, 'link'));
      for (const e of getFormattingEdits(s, document)) inside(e.range, 'format');
      for (const d of diagnostics.slice(0, 20)) getCodeActions(s, document, d.range, { diagnostics: [d] }, 'en').forEach(a => Object.values(a.edit?.changes ?? {}).flat().forEach(e => inside(e.range, `fix ${d.code}`)));
      const samples = Math.min(text.length + 1, 40);
      for (let i = 0; i < samples; i++) {
        const position = document.positionAt(random(text.length + 1));
        const list = getCompletions(s, document, position, { locale: 'ru' });
        list.items.forEach(item => { if (item.textEdit && 'range' in item.textEdit) inside(item.textEdit.range, `completion ${item.label}`); });
        const h = getHover(s, document, position, 'en');
        if (h?.range) inside(h.range, 'hover');
        getDefinition(s, document, position);
        prepareRename(s, document, position, 'en');
        getSelectionRanges(s, document, [position]).forEach(r => inside(r.range, 'selection'));
        checked++;
      }
    }
    assert.ok(checked > 400);
    assert.ok(Date.now() - started < 60000, 'fast enough');
  });
});
