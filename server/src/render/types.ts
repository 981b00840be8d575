// The rendered document: a tree of numbered sections and clauses, each in Kazakh and Russian,
// each with a stable id and the source ranges it came from. One tree feeds every output format
// (HTML, Markdown, plain text, DOCX, PDF) and the live preview.

/** The two languages a policy is published in (Law on Languages, art. 15). */
export type Lang = 'kk' | 'ru';
export const LANGS: readonly Lang[] = ['kk', 'ru'];
/** What to show: one language or both side by side. */
export type LangMode = Lang | 'both';
export const LANG_MODES: readonly LangMode[] = ['kk', 'ru', 'both'];

export interface Bi<T> { kk: T; ru: T }

/**
 * A run of inline content. Strings are plain text (never markup); links carry an href the
 * renderer built from a validated fact (http(s) or mailto), never from free policy text.
 */
export type Inline =
  | string
  | { k: 'link'; href: string; text: string }
  | { k: 'strong'; text: string }
  /** a fact the text needs but the policy lacks, an unknown placeholder, an unresolved library clause */
  | { k: 'missing'; text: string };

/** A paragraph of a clause, or an item of a list inside it («1) …;»). */
export interface Block {
  kind: 'p' | 'li';
  /** the list marker as written («1)», «—»), for `li` */
  marker?: string;
  content: Inline[];
}

/** Offsets into the policy text, and the same as line/character positions. */
export interface SourceRange {
  start: number;
  end: number;
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

export type NodeOrigin = 'generated' | 'free' | 'library' | 'unresolved';

export interface DocNode {
  /** stable across edits: derived from what the node says (section, fact, clause id), not its position */
  id: string;
  kind: 'section' | 'clause';
  /** «1.», «1.1.», «1.1.1.» */
  number: string;
  /** 1 section, 2 clause, 3 sub-clause */
  depth: number;
  /** the standard section the node belongs to (taxonomy `sections`) */
  section: string;
  origin: NodeOrigin;
  title?: Bi<Inline[]>;
  body: Bi<Block[]>;
  children: DocNode[];
  /** model paths the node was generated from («data/email», «clauses/3») */
  paths: string[];
  /** where those paths sit in the source; the first is the one to reveal */
  ranges: SourceRange[];
}

export interface RenderDocument {
  title: Bi<Inline[]>;
  /** lines under the title: approval, version, effective date */
  meta: Bi<Inline[]>[];
  sections: DocNode[];
  /** unnumbered text after the document */
  footer?: DocNode;
  /** ranges of the title */
  titleRanges: SourceRange[];
}

/**
 * A clause of a library (`use: std/public-offer`), as the library loader hands it over: its
 * parameters (`with:`) already filled; the policy's own placeholders ({{operator}} …) are left
 * for the renderer.
 */
export interface LibraryClause {
  title?: { kk?: string; ru?: string };
  text: { kk?: string; ru?: string };
  /** the section it belongs in when the policy does not say */
  section?: string;
}

/**
 * Finds a library clause by its reference and fills its parameters. The clause library is loaded
 * elsewhere (server/src/clauses); the renderer only asks. Returns undefined when the clause is
 * unknown: the renderer then shows a placeholder in its place.
 */
export type ClauseResolver = (ref: string, params: Record<string, unknown> | undefined) => LibraryClause | undefined;

export interface BuildOptions {
  resolver?: ClauseResolver;
}
