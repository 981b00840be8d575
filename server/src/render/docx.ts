// DOCX (package `docx`): with both languages, a borderless two-column table whose rows are the
// clauses, so the Kazakh and Russian texts stay side by side; with one language, plain paragraphs.
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow,
  TextRun, WidthType, type ParagraphChild,
} from 'docx';
import { safeHref, stripControls } from './escape';
import { walk } from './tree';
import type { DocNode, Inline, Lang, LangMode, RenderDocument } from './types';
import { LANGS } from './types';

const FONT = 'Times New Roman';
const SIZE = 22; // half-points: 11 pt

function runs(content: readonly Inline[], bold = false): ParagraphChild[] {
  return content.map(r => {
    if (typeof r === 'string') return new TextRun({ text: stripControls(r), bold });
    switch (r.k) {
      case 'link': {
        const href = safeHref(r.href);
        const text = new TextRun({ text: stripControls(r.text), style: href ? 'Hyperlink' : undefined, bold });
        return href ? new ExternalHyperlink({ link: href, children: [text] }) : text;
      }
      case 'strong': return new TextRun({ text: stripControls(r.text), bold: true });
      case 'missing': return new TextRun({ text: stripControls(r.text), bold, highlight: 'yellow' });
    }
  });
}

function nodeParagraphs(node: DocNode, lang: Lang): Paragraph[] {
  const num = node.number ? [new TextRun({ text: `${node.number} `, bold: true })] : [];
  if (node.kind === 'section') {
    return [new Paragraph({ heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, children: [...num, ...runs(node.title?.[lang] ?? [], true)] })];
  }
  const out: Paragraph[] = [];
  let lead: ParagraphChild[] = num;
  if (node.title) {
    out.push(new Paragraph({ spacing: { before: 120, after: 60 }, children: [...num, ...runs(node.title[lang], true)] }));
    lead = [];
  }
  const indent = node.depth > 2 ? 360 : 0;
  node.body[lang].forEach((b, i) => {
    if (b.kind === 'li') {
      if (i === 0 && lead.length) { out.push(new Paragraph({ children: lead })); lead = []; }
      out.push(new Paragraph({
        alignment: AlignmentType.JUSTIFIED, spacing: { after: 60 }, indent: { left: indent + 400, hanging: 400 },
        children: [new TextRun({ text: `${stripControls(b.marker ?? '—')}\t` }), ...runs(b.content)],
      }));
    } else {
      out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 80 }, indent: { left: indent }, children: [...(i === 0 ? lead : []), ...runs(b.content)] }));
    }
  });
  if (!node.body[lang].length && lead.length) out.push(new Paragraph({ children: lead }));
  return out;
}

function titleParagraphs(doc: RenderDocument, lang: Lang): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: runs(doc.title[lang], true) }),
    ...doc.meta.map(m => new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(m[lang]) })),
  ];
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cell(children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    margins: { left: 120, right: 120 },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children: children.length ? children : [new Paragraph('')],
  });
}

export async function renderDocx(doc: RenderDocument, mode: LangMode = 'both'): Promise<Buffer> {
  const lang = mode === 'both' ? 'kk' : mode;
  let children: (Paragraph | Table)[];
  if (mode === 'both') {
    const rows = [new TableRow({ children: LANGS.map(l => cell(titleParagraphs(doc, l))) })];
    for (const node of walk(doc)) rows.push(new TableRow({ cantSplit: node.kind === 'section', children: LANGS.map(l => cell(nodeParagraphs(node, l))) }));
    children = [new Table({
      width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [4800, 4800], rows,
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    })];
  } else {
    children = [...titleParagraphs(doc, lang), ...walk(doc).flatMap(n => nodeParagraphs(n, lang))];
  }
  const title = doc.title[lang].map(r => (typeof r === 'string' ? r : r.text)).join('');
  const document = new Document({
    creator: 'Derbes',
    title: stripControls(title),
    description: mode === 'both' ? 'kk | ru' : mode,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE }, paragraph: { spacing: { line: 264 } } },
        title: { run: { font: FONT, size: 30, bold: true, color: '000000' } },
        heading2: { run: { font: FONT, size: 24, bold: true, color: '000000' } },
      },
    },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1021, bottom: 1021, left: 907, right: 907 } } },
      children,
    }],
  });
  return Packer.toBuffer(document);
}
