// PDF (package `pdfkit`) in DejaVu Serif, whose glyphs cover every Kazakh letter (ә ғ қ ң ө ұ ү һ і);
// the fonts are embedded as subsets with a ToUnicode map, so the text can be searched and copied.
// With both languages each clause is a row: Kazakh on the left, Russian on the right (Law on
// Languages art. 21 order), a row starting on a new page when it does not fit.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { safeHref, stripControls } from './escape';
import { walk } from './tree';
import type { Block, DocNode, Inline, Lang, LangMode, RenderDocument } from './types';
import { LANGS } from './types';

const FONT_FILES = { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf' } as const;

/** Where the DejaVu fonts are: beside the bundle (dist/fonts), or in the dejavu-fonts-ttf package. */
export function fontPath(kind: keyof typeof FONT_FILES): string {
  const file = FONT_FILES[kind];
  const candidates = [join(__dirname, 'fonts', file)];
  try {
    candidates.push(join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', file));
  } catch { /* not installed beside us */ }
  for (let dir = __dirname, i = 0; i < 6; i++, dir = dirname(dir)) candidates.push(join(dir, 'node_modules', 'dejavu-fonts-ttf', 'ttf', file));
  const found = candidates.find(existsSync);
  if (!found) throw new Error(`PDF export needs the DejaVu fonts (${file}); looked in: ${candidates.join(', ')}`);
  return found;
}

interface Run { text: string; bold: boolean; link?: string; missing?: boolean }

function toRuns(content: readonly Inline[], bold = false): Run[] {
  return content.map(r => {
    if (typeof r === 'string') return { text: stripControls(r), bold };
    switch (r.k) {
      case 'link': return { text: stripControls(r.text), bold, link: safeHref(r.href) };
      case 'strong': return { text: stripControls(r.text), bold: true };
      case 'missing': return { text: stripControls(r.text), bold, missing: true };
    }
  }).filter(r => r.text !== '');
}

/** A laid-out paragraph: runs, a hanging marker, spacing, alignment. */
interface Para { runs: Run[]; marker?: string; indent: number; size: number; align: 'left' | 'center' | 'right' | 'justify'; before: number; after: number }

const SIZE = 10.5;
const MARKER_WIDTH = 18;

function nodeParas(node: DocNode, lang: Lang): Para[] {
  const num: Run[] = node.number ? [{ text: `${node.number} `, bold: true }] : [];
  if (node.kind === 'section') return [{ runs: [...num, ...toRuns(node.title?.[lang] ?? [], true)], indent: 0, size: 11.5, align: 'center', before: 10, after: 4 }];
  const indent = node.depth > 2 ? 14 : 0;
  const out: Para[] = [];
  let lead = num;
  if (node.title) {
    out.push({ runs: [...num, ...toRuns(node.title[lang], true)], indent, size: SIZE, align: 'left', before: 4, after: 2 });
    lead = [];
  }
  node.body[lang].forEach((b: Block, i) => {
    if (b.kind === 'li') {
      if (i === 0 && lead.length) { out.push({ runs: lead, indent, size: SIZE, align: 'left', before: 0, after: 1 }); lead = []; }
      out.push({ runs: toRuns(b.content), marker: stripControls(b.marker ?? '—'), indent, size: SIZE, align: 'left', before: 0, after: 1.5 });
    } else {
      out.push({ runs: [...(i === 0 ? lead : []), ...toRuns(b.content)], indent, size: SIZE, align: 'left', before: 0, after: 3 });
    }
  });
  if (!node.body[lang].length && lead.length) out.push({ runs: lead, indent, size: SIZE, align: 'left', before: 0, after: 3 });
  return out;
}

function titleParas(doc: RenderDocument, lang: Lang): Para[] {
  return [
    { runs: toRuns(doc.title[lang], true), indent: 0, size: 14, align: 'center', before: 0, after: 6 },
    ...doc.meta.map((m): Para => ({ runs: toRuns(m[lang]), indent: 0, size: 9, align: 'right', before: 0, after: 1 })),
  ];
}

type Pdf = InstanceType<typeof PDFDocument>;

function fontOf(r: Run): string {
  return r.bold ? 'bold' : 'regular';
}

function measure(pdf: Pdf, paras: Para[], width: number): number {
  let h = 0;
  for (const p of paras) {
    const w = width - p.indent - (p.marker ? MARKER_WIDTH : 0);
    const text = p.runs.map(r => r.text).join('') || ' ';
    // bold runs are wider: measure in bold when any run is bold, to stay on the safe side
    pdf.font(p.runs.some(r => r.bold) ? 'bold' : 'regular').fontSize(p.size);
    h += p.before + pdf.heightOfString(text, { width: w, align: p.align }) + p.after;
  }
  return h;
}

function draw(pdf: Pdf, paras: Para[], x: number, y: number, width: number): number {
  let cy = y;
  for (const p of paras) {
    cy += p.before;
    const px = x + p.indent + (p.marker ? MARKER_WIDTH : 0);
    const w = width - p.indent - (p.marker ? MARKER_WIDTH : 0);
    if (p.marker) pdf.font('regular').fontSize(p.size).fillColor('black').text(p.marker, x + p.indent, cy, { width: MARKER_WIDTH, lineBreak: false });
    let runs: Run[] = p.runs.length ? p.runs : [{ text: ' ', bold: false }];
    // pdfkit lays out centred or right-aligned continued text badly: such a line is one run
    if (p.align !== 'left' && p.align !== 'justify' && runs.length > 1) runs = [{ text: runs.map(r => r.text).join(''), bold: runs.some(r => r.bold) }];
    runs.forEach((r, i) => {
      const last = i === runs.length - 1;
      pdf.font(fontOf(r)).fontSize(p.size).fillColor(r.missing ? '#8a5a00' : r.link ? '#0b4f9c' : 'black');
      const options = { width: w, align: p.align, continued: !last, link: r.link ?? null, underline: !!r.link };
      if (i === 0) pdf.text(r.text, px, cy, options);
      else pdf.text(r.text, options);
    });
    cy = pdf.y + p.after;
  }
  pdf.fillColor('black');
  return cy;
}

export async function renderPdf(doc: RenderDocument, mode: LangMode = 'both'): Promise<Buffer> {
  const lang = mode === 'both' ? 'kk' : mode;
  const regular = fontPath('regular');
  const title = doc.title[lang].map(r => (typeof r === 'string' ? r : r.text)).join('');
  const pdf = new PDFDocument({
    size: 'A4', margins: { top: 50, bottom: 50, left: 48, right: 48 }, font: regular, lang: mode === 'ru' ? 'ru' : 'kk',
    info: { Title: stripControls(title), Creator: 'Derbes', Producer: 'Derbes (pdfkit)' }, displayTitle: true,
  });
  pdf.registerFont('regular', regular);
  pdf.registerFont('bold', fontPath('bold'));
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => { pdf.on('end', resolve); pdf.on('error', reject); });

  const left = pdf.page.margins.left;
  const top = pdf.page.margins.top;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  const full = pdf.page.width - left - pdf.page.margins.right;
  const gap = 18;
  const langs: readonly Lang[] = mode === 'both' ? LANGS : [mode];
  const colWidth = mode === 'both' ? (full - gap) / 2 : full;
  let y = top;

  const row = (cells: Para[][]) => {
    const height = Math.max(...cells.map(c => measure(pdf, c, colWidth)));
    const fits = y + height <= bottom();
    const splittable = Math.max(...cells.map(c => c.length)) > 1;
    // a clause that does not fit continues on the next page paragraph by paragraph, unless
    // little of the page is left
    if (!fits && splittable && bottom() - y > 120) {
      const n = Math.max(...cells.map(c => c.length));
      for (let i = 0; i < n; i++) row(cells.map(c => (c[i] ? [c[i]] : [])));
      return;
    }
    if (!fits && y > top) { pdf.addPage(); y = top; }
    if (height > bottom() - top) {
      // a clause longer than a page: its paragraphs become rows of their own
      const n = Math.max(...cells.map(c => c.length));
      for (let i = 0; i < n; i++) row(cells.map(c => (c[i] ? [c[i]] : [])));
      return;
    }
    let end = y;
    cells.forEach((c, i) => { end = Math.max(end, draw(pdf, c, left + i * (colWidth + gap), y, colWidth)); });
    // pdfkit may have moved to a new page on its own if a measurement fell short
    y = Math.max(end, pdf.y);
  };

  row(langs.map(l => titleParas(doc, l)));
  y += 6;
  for (const node of walk(doc)) {
    if (node.kind === 'section') {
      // keep a heading with the start of its first clause
      const first = node.children[0];
      const need = Math.max(...langs.map(l => measure(pdf, nodeParas(node, l), colWidth))) + (first ? Math.min(60, Math.max(...langs.map(l => measure(pdf, nodeParas(first, l), colWidth)))) : 0);
      if (y + need > bottom() && y > top) { pdf.addPage(); y = top; }
    }
    row(langs.map(l => nodeParas(node, l)));
  }
  pdf.end();
  await done;
  return Buffer.concat(chunks);
}
