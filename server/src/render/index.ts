// The renderer's entry points: one document tree, many formats. Used by `derbes render`, the
// `derbes/render` request of the language server (the live preview and export) and the tests.
import { PolicyAnalyzer, type PolicyAnalysis } from '../model/analysis';
import { buildDocument } from './tree';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderText } from './text';
import type { BuildOptions, LangMode, RenderDocument } from './types';

export const RENDER_FORMATS = ['html', 'md', 'txt', 'docx', 'pdf'] as const;
export type RenderFormat = typeof RENDER_FORMATS[number];

export interface RenderOptions extends BuildOptions {
  format?: RenderFormat;
  lang?: LangMode;
}

export const BINARY_FORMATS: ReadonlySet<RenderFormat> = new Set(['docx', 'pdf']);

/** Renders an analysed policy; text formats give a string, DOCX and PDF a Buffer. */
export async function renderAnalysis(analysis: PolicyAnalysis, options: RenderOptions = {}): Promise<string | Buffer> {
  return renderDocument(buildDocument(analysis, options), options);
}

export async function renderDocument(doc: RenderDocument, options: RenderOptions = {}): Promise<string | Buffer> {
  const mode = options.lang ?? 'both';
  switch (options.format ?? 'html') {
    case 'html': return renderHtml(doc, { mode });
    case 'md': return renderMarkdown(doc, mode);
    case 'txt': return renderText(doc, mode);
    // the binary writers pull in docx / pdfkit and fonts: load them only when asked
    case 'docx': return (require('./docx') as typeof import('./docx')).renderDocx(doc, mode);
    case 'pdf': return (require('./pdf') as typeof import('./pdf')).renderPdf(doc, mode);
  }
}

/** Analyses and renders policy source text in one go. */
export function renderSource(text: string, options: RenderOptions = {}): Promise<string | Buffer> {
  return renderAnalysis(new PolicyAnalyzer().analyze(text), options);
}

export { buildDocument, walk } from './tree';
export type { RenderDocument, DocNode, LangMode, Lang, ClauseResolver, LibraryClause } from './types';
