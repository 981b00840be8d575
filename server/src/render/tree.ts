// Model → document tree. Standard sections come from the typed facts (sections/*.ts), free and
// library clauses go where the policy places them (`section:`, else after the clause before),
// everything is numbered (1., 1.1., 1.1.1.) and every node carries a stable id and the source
// ranges it came from.
import type { PolicyAnalysis } from '../model/analysis';
import { spanOf } from '../model/locate';
import { taxonomy } from '../taxonomy/taxonomy';
import type { Text } from '../schema/types';
import { createContext, type RenderContext } from './context';
import { GENERATORS, type GenClause } from './sections';
import { bi, inl, link, missing, p, textBlocks } from './inline';
import type { Bi, Block, BuildOptions, DocNode, Inline, Lang, NodeOrigin, RenderDocument, SourceRange } from './types';

type ClauseValue = NonNullable<PolicyAnalysis['policy']['clauses']>[number];

interface PlacedClause {
  value: ClauseValue;
  /** model path of the clause item, e.g. "clauses/3" */
  path: string;
  index: number;
  section: string;
}

/** Section ids in document order, from the taxonomy. */
export function sectionOrder(): string[] {
  return taxonomy('sections').entries.map(e => e.id);
}

/** Finds the clauses of the policy with their source paths (the typed list skips invalid items). */
function clauseItems(analysis: PolicyAnalysis): { value: ClauseValue; path: string; index: number }[] {
  const section = analysis.sections.find(s => s.key === 'clauses');
  if (section?.split) {
    return section.pieces.flatMap((piece, i) => piece.parsed.value === undefined ? [] : [{ value: piece.parsed.value as ClauseValue, path: `clauses/${i}`, index: i }]);
  }
  return (analysis.policy.clauses ?? []).map((value, i) => ({ value, path: `clauses/${i}`, index: i }));
}

function place(analysis: PolicyAnalysis, options: BuildOptions): PlacedClause[] {
  const known = new Set(sectionOrder());
  let previous = 'general';
  return clauseItems(analysis).map(item => {
    const library = item.value.use && options.resolver ? safeResolve(options, item.value.use, item.value.with) : undefined;
    const wanted = item.value.section ?? library?.section;
    const section = wanted && known.has(wanted) ? wanted : previous;
    previous = section;
    return { ...item, section };
  });
}

function safeResolve(options: BuildOptions, ref: string, params: Record<string, unknown> | undefined) {
  try {
    return options.resolver?.(ref, params);
  } catch {
    return undefined;
  }
}

/** Line starts of a text, for offset → position. */
class Lines {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): [number, number] {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return [lo, offset - this.starts[lo]];
  }
}

/** Sections by key and the entries of map sections by id, so a path is found without scanning. */
interface PathIndex {
  sections: Map<string, PolicyAnalysis['sections'][number]>;
  entries: Map<string, Map<string, PolicyAnalysis['sections'][number]['pieces'][number]>>;
}
const indexes = new WeakMap<PolicyAnalysis, PathIndex>();

function indexOf(analysis: PolicyAnalysis): PathIndex {
  let index = indexes.get(analysis);
  if (index) return index;
  index = { sections: new Map(), entries: new Map() };
  for (const s of analysis.sections) {
    if (s.key === undefined || index.sections.has(s.key)) continue;
    index.sections.set(s.key, s);
    if (s.split && s.field?.kind === 'map') {
      const byId = new Map<string, PolicyAnalysis['sections'][number]['pieces'][number]>();
      for (const p of s.pieces) if (p.parsed.id !== undefined && !byId.has(p.parsed.id)) byId.set(p.parsed.id, p);
      index.entries.set(s.key, byId);
    }
  }
  indexes.set(analysis, index);
  return index;
}

/** Offsets a model path covers: a whole section, or a key with its value. */
export function offsetsOf(analysis: PolicyAnalysis, path: string): [number, number] | undefined {
  const segments = path.split('/');
  const index = indexOf(analysis);
  const section = index.sections.get(segments[0]);
  if (!section) return undefined;
  if (segments.length === 1) {
    // trailing blank lines and comments belong to the next section, as far as a reader is concerned
    let end = section.end;
    while (end > section.start && /\s/.test(analysis.text[end - 1])) end--;
    return [section.keyStart, Math.max(end, section.keyEnd)];
  }
  let piece: PolicyAnalysis['sections'][number]['pieces'][number] | undefined;
  let rel: string;
  if (!section.split) { piece = section.pieces[0]; rel = path; }
  else if (section.field?.kind === 'map') { piece = index.entries.get(segments[0])?.get(segments[1]); rel = segments.slice(1).join('/'); }
  else { piece = section.pieces[Number(segments[1])]; rel = segments.slice(2).join('/'); }
  const s = piece?.parsed.facts.spans.get(rel);
  if (!piece || !s) return spanFallback(analysis, path);
  const b = piece.start;
  return [s[0] + b, s[3] >= 0 ? Math.max(s[3], s[1]) + b : s[1] + b];
}

function spanFallback(analysis: PolicyAnalysis, path: string): [number, number] | undefined {
  const s = spanOf(analysis, path);
  if (!s) return undefined;
  return [s.keyStart, s.valueEnd >= 0 ? Math.max(s.valueEnd, s.keyEnd) : s.keyEnd];
}

class Builder {
  private readonly lines: Lines;
  private readonly ids = new Set<string>();
  constructor(private readonly analysis: PolicyAnalysis) {
    this.lines = new Lines(analysis.text);
  }

  ranges(paths: readonly string[]): SourceRange[] {
    const out: SourceRange[] = [];
    for (const path of paths) {
      const o = offsetsOf(this.analysis, path);
      if (!o || out.some(r => r.start === o[0] && r.end === o[1])) continue;
      const [sl, sc] = this.lines.position(o[0]);
      const [el, ec] = this.lines.position(o[1]);
      out.push({ start: o[0], end: o[1], startLine: sl, startCharacter: sc, endLine: el, endCharacter: ec });
    }
    return out;
  }

  /** A unique id: the wanted one, or with a suffix when a policy repeats an id. */
  id(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.ids.has(id); n++) id = `${wanted}~${n}`;
    this.ids.add(id);
    return id;
  }
}

const UNRESOLVED: Bi<string> = { kk: 'Кітапхана тармағы табылмады', ru: 'Библиотечный пункт не найден' };

/**
 * Blocks of a free text in one language, placeholders filled. While the user types, most clause
 * texts are unchanged: their blocks are kept, keyed by the text and by every fact a placeholder
 * can read (the blocks are never mutated, so they can be shared between renders).
 */
const blockMemo = new Map<string, Block[]>();
const BLOCK_MEMO_LIMIT = 4000;

function placeholderFacts(ctx: RenderContext): string {
  const p = ctx.policy;
  return JSON.stringify([p.kind, p.operator, p.user, p.resource, p.effective, p.version, p.requests?.email]);
}

function freeBlocks(ctx: RenderContext, text: Text | undefined, lang: Lang, params?: Record<string, unknown>, facts = placeholderFacts(ctx)): Block[] {
  const s = text?.[lang];
  if (s === undefined) return [p(ctx.text(text, lang, params))];
  const key = `${lang}\0${facts}\0${params ? JSON.stringify(params) : ''}\0${s}`;
  const known = blockMemo.get(key);
  if (known) return known;
  const blocks = textBlocks(s, line => ctx.text({ [lang]: line }, lang, params));
  if (blockMemo.size >= BLOCK_MEMO_LIMIT) blockMemo.clear();
  blockMemo.set(key, blocks);
  return blocks;
}

function freeTitle(ctx: RenderContext, title: Text | undefined, params?: Record<string, unknown>): Bi<Inline[]> | undefined {
  if (!title) return undefined;
  const one = (lang: Lang) => (title[lang] === undefined ? ctx.text(title, lang) : ctx.text({ [lang]: title[lang]!.trim() }, lang, params));
  return { kk: one('kk'), ru: one('ru') };
}

function sectionTitle(ctx: RenderContext, id: string): Bi<Inline[]> {
  const e = taxonomy('sections').byId.get(id);
  if (id === 'changes') {
    // «Саясатқа / Келісімге өзгерістер енгізу», «Изменение политики / соглашения»
    return { kk: [`${ctx.doc.kk('dat')} өзгерістер енгізу`], ru: [`Изменение ${ctx.doc.ru('gen').toLowerCase()}`] };
  }
  return { kk: [e?.kk ?? id], ru: [e?.ru ?? id] };
}

function meta(ctx: RenderContext): Bi<Inline[]>[] {
  const p = ctx.policy;
  const out: Bi<Inline[]>[] = [];
  const a = p.approved;
  if (a && (a.by || a.date || a.order)) {
    const line = (lang: Lang) => inl(
      lang === 'kk' ? 'Бекітілді: ' : 'Утверждено: ',
      a.by ? ctx.text(a.by, lang) : '',
      a.date ? `${a.by ? ', ' : ''}${ctx.date(a.date, lang)}` : '',
      a.order ? `${a.by || a.date ? ', ' : ''}${lang === 'kk' ? 'бұйрық' : 'приказ'} № ${a.order}` : '',
    );
    out.push({ kk: line('kk'), ru: line('ru') });
  }
  if (p.version) out.push({ kk: [`Құжат нұсқасы: ${p.version}`], ru: [`Версия документа: ${p.version}`] });
  if (p.effective) out.push({ kk: [`Күшіне енген күні: ${ctx.date(p.effective, 'kk')}`], ru: [`Дата вступления в силу: ${ctx.date(p.effective, 'ru')}`] });
  return out;
}

export function buildDocument(analysis: PolicyAnalysis, options: BuildOptions = {}): RenderDocument {
  const placed = place(analysis, options);
  const ctx = createContext(analysis, options, new Set(placed.map(c => c.section)));
  const b = new Builder(analysis);
  const sections: DocNode[] = [];

  const generatedNode = (sectionId: string, c: GenClause, number: string, depth: number, parentId: string): DocNode => {
    const id = b.id(`${parentId}.${c.key}`);
    return {
      id, kind: 'clause', number, depth, section: sectionId, origin: 'generated', title: c.title, body: c.body,
      children: (c.children ?? []).map((child, i) => generatedNode(sectionId, child, `${number}${i + 1}.`, depth + 1, id)),
      paths: c.paths, ranges: b.ranges(c.paths),
    };
  };

  const facts = placeholderFacts(ctx);
  const freeNode = (sectionId: string, c: PlacedClause, number: string): DocNode => {
    const v = c.value;
    let origin: NodeOrigin = 'free';
    let body: Bi<Block[]>;
    let title = freeTitle(ctx, v.title, v.with);
    if (v.use) {
      const library = safeResolve(options, v.use, v.with);
      if (library) {
        origin = 'library';
        title ??= freeTitle(ctx, library.title, v.with);
        // the policy's own text, if any, follows the library wording
        body = { kk: freeBlocks(ctx, library.text, 'kk', v.with), ru: freeBlocks(ctx, library.text, 'ru', v.with) };
      } else {
        origin = 'unresolved';
        body = bi([missing(`[${UNRESOLVED.kk}: ${v.use}]`)], [missing(`[${UNRESOLVED.ru}: ${v.use}]`)]);
      }
      if (v.text) body = { kk: [...body.kk, ...freeBlocks(ctx, v.text, 'kk', v.with)], ru: [...body.ru, ...freeBlocks(ctx, v.text, 'ru', v.with)] };
    } else {
      body = v.text ? { kk: freeBlocks(ctx, v.text, 'kk', undefined, facts), ru: freeBlocks(ctx, v.text, 'ru', undefined, facts) } : { kk: [], ru: [] };
    }
    const paths = [c.path];
    return {
      id: b.id(`c.${v.id ?? (v.use ? `${v.use}` : `#${c.index}`)}`), kind: 'clause', number, depth: 2, section: sectionId, origin,
      title, body, children: [], paths, ranges: b.ranges(paths),
    };
  };

  let n = 0;
  for (const sectionId of sectionOrder()) {
    let generated: GenClause[] = [];
    try {
      generated = GENERATORS[sectionId]?.(ctx) ?? [];
    } catch (error) {
      // a generator must not take the document down: show where it failed
      generated = [{ key: 'error', paths: [], body: bi([missing(`[${String(error)}]`)], [missing(`[${String(error)}]`)]) }];
    }
    const free = placed.filter(c => c.section === sectionId);
    if (generated.length === 0 && free.length === 0) continue;
    n++;
    const sid = b.id(`s.${sectionId}`);
    const children: DocNode[] = [];
    generated.forEach(c => children.push(generatedNode(sectionId, c, `${n}.${children.length + 1}.`, 2, `g.${sectionId}`)));
    free.forEach(c => children.push(freeNode(sectionId, c, `${n}.${children.length + 1}.`)));
    // a heading reveals where its first clause comes from
    const first = children.find(c => c.ranges.length)?.ranges[0];
    sections.push({
      id: sid, kind: 'section', number: `${n}.`, depth: 1, section: sectionId, origin: 'generated',
      title: sectionTitle(ctx, sectionId), body: { kk: [], ru: [] }, children, paths: [], ranges: first ? [first] : [],
    });
  }

  let footer: DocNode | undefined;
  if (analysis.policy.footer) {
    footer = {
      id: b.id('footer'), kind: 'clause', number: '', depth: 2, section: 'footer', origin: 'free',
      body: { kk: freeBlocks(ctx, analysis.policy.footer, 'kk'), ru: freeBlocks(ctx, analysis.policy.footer, 'ru') },
      children: [], paths: ['footer'], ranges: b.ranges(['footer']),
    };
  }

  const title = analysis.policy.title
    ? { kk: ctx.text(analysis.policy.title, 'kk'), ru: ctx.text(analysis.policy.title, 'ru') }
    : { kk: upperFirst([ctx.label('document-kinds', analysis.policy.kind, 'kk') || missing('[атауы]')]), ru: upperFirst([ctx.label('document-kinds', analysis.policy.kind, 'ru') || missing('[название]')]) };
  return { title, meta: meta(ctx), sections, footer, titleRanges: b.ranges(['title']) };
}

function upperFirst(runs: Inline[]): Inline[] {
  const [first, ...rest] = runs;
  return typeof first === 'string' && first.length ? [first[0].toUpperCase() + first.slice(1), ...rest] : runs;
}

/** Every node of the document in reading order (sections, clauses, sub-clauses, the footer). */
export function walk(doc: RenderDocument): DocNode[] {
  const out: DocNode[] = [];
  const visit = (n: DocNode) => { out.push(n); n.children.forEach(visit); };
  doc.sections.forEach(visit);
  if (doc.footer) out.push(doc.footer);
  return out;
}
