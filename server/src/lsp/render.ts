// `derbes/render`: the rendered policy for the live preview (blocks of HTML with their source
// ranges and diagnostics) and for export (HTML, Markdown, text, DOCX, PDF). One renderer serves
// the preview, the export command and the CLI.
import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FeatureRegistrar } from './context';
import { buildDocument } from '../render/tree';
import { renderDocument, RENDER_FORMATS, BINARY_FORMATS, type RenderFormat } from '../render/index';
import { previewContent, type PreviewContent } from '../render/preview';
import { libraryResolver } from '../render/library';
import { LANG_MODES, type LangMode } from '../render/types';

export const RENDER_REQUEST = 'derbes/render';

export interface RenderParams {
  textDocument: { uri: string };
  /** `preview` (default) gives blocks for the live preview; the others a whole document */
  format?: 'preview' | RenderFormat;
  lang?: LangMode;
  /** the text, for a document the server does not have open */
  text?: string;
}

export interface PreviewResult extends PreviewContent {
  kind: 'preview';
  uri: string;
  version: number;
  /** plain title in each language, for the panel's tab */
  title: { kk: string; ru: string };
  /** milliseconds the server spent analysing and rendering */
  renderMs: number;
}

export interface ExportResult {
  kind: 'export';
  uri: string;
  version: number;
  format: RenderFormat;
  encoding: 'utf8' | 'base64';
  data: string;
}

export const registerRender: FeatureRegistrar = ctx => {
  ctx.connection.onRequest(RENDER_REQUEST, async (params: RenderParams): Promise<PreviewResult | ExportResult> => {
    const uri = params?.textDocument?.uri;
    const format = params.format ?? 'preview';
    const lang = params.lang ?? 'both';
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri is required');
    if (format !== 'preview' && !(RENDER_FORMATS as readonly string[]).includes(format)) throw new ResponseError(ErrorCodes.InvalidParams, `unknown format ${String(format)}`);
    if (!LANG_MODES.includes(lang)) throw new ResponseError(ErrorCodes.InvalidParams, `unknown language ${String(lang)}`);
    const document = ctx.documents.get(uri) ?? (typeof params.text === 'string' ? TextDocument.create(uri, 'derbes', 0, params.text) : undefined);
    if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `the document is not open: ${uri}`);
    const started = performance.now();
    const state = ctx.service.analyze(document);
    const doc = buildDocument(state.analysis, { resolver: libraryResolver(ctx.service.libraries) });
    if (format === 'preview') {
      const diagnostics = ctx.service.getDiagnostics(document, ctx.locale()).map(d => ({
        severity: d.severity ?? 1, message: d.message, code: d.code === undefined ? undefined : String(d.code),
        line: d.range.start.line, character: d.range.start.character, offset: document.offsetAt(d.range.start),
      }));
      const content = previewContent(doc, diagnostics);
      const plain = (l: 'kk' | 'ru') => doc.title[l].map(r => (typeof r === 'string' ? r : r.text)).join('');
      return { kind: 'preview', uri, version: document.version, title: { kk: plain('kk'), ru: plain('ru') }, ...content, renderMs: performance.now() - started };
    }
    const out = await renderDocument(doc, { format, lang });
    const binary = BINARY_FORMATS.has(format);
    return { kind: 'export', uri, version: document.version, format, encoding: binary ? 'base64' : 'utf8', data: binary ? (out as Buffer).toString('base64') : (out as string) };
  });
  return {};
};
