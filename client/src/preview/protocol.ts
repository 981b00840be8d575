// Messages between the extension and the preview webview, and the `derbes/render` request types.
import type { PreviewBlock, PreviewDiagnostic } from '../../../server/src/render/preview';
import type { ExportResult, PreviewResult, RenderParams } from '../../../server/src/lsp/render';

export type { PreviewBlock, PreviewDiagnostic, PreviewResult, ExportResult, RenderParams };

export const RENDER_REQUEST = 'derbes/render';
export const VIEW_TYPE = 'derbes.preview';

export type Mode = 'both' | 'kk' | 'ru';

/** What the webview keeps across reloads (vscode.setState) and hands to the serializer. */
export interface PersistedState {
  uri: string;
  locked: boolean;
  mode: Mode;
}

/** Extension → webview. */
export type ToWebview =
  /** patch the document: `order` is every block id in order, `blocks` only the new or changed ones */
  | { type: 'render'; version: number; order: string[]; blocks: PreviewBlock[]; unplaced: PreviewDiagnostic[]; reset: boolean; uri: string; locked: boolean }
  | { type: 'mode'; mode: Mode }
  | { type: 'locked'; locked: boolean }
  | { type: 'scrollTo'; id: string }
  | { type: 'highlight'; id: string | undefined }
  | { type: 'error'; message: string }
  | { type: 'probe'; nonce: number }
  | { type: 'simulate'; action: 'click' | 'scroll'; id: string };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'rendered'; version: number; clauseCount: number }
  | { type: 'setMode'; mode: Mode }
  | { type: 'toggleLock' }
  | { type: 'reveal'; id: string }
  | { type: 'didScroll'; id: string }
  | { type: 'probeResult'; nonce: number; state: WebviewProbe };

/** What the webview reports about its DOM to the test hook. */
export interface WebviewProbe {
  /** how many language columns are visible */
  columns: number;
  /** rendered blocks (rows) in the DOM, title included */
  blockCount: number;
  /** clause rows (sections and the title excluded) */
  clauseCount: number;
  lastRenderVersion: number;
  mode: Mode;
  /** text of each visible column, in document order */
  texts: { kk?: string[]; ru?: string[] };
  /** block ids that show diagnostics, with their count */
  diagnostics: Record<string, number>;
  /** the id of the top visible block */
  topId: string | undefined;
  /** the highlighted (cursor) block */
  activeId: string | undefined;
  scrollY: number;
}
