// The bilingual preview: commands, the panel that follows the active policy editor (or stays locked
// to one file), scroll and cursor sync, the serializer that brings panels back after a reload,
// export, and the test hooks the end-to-end suite drives.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewPanel, type PanelHost } from './panel';
import { VIEW_TYPE, type Mode, type PersistedState } from './protocol';
import { exportPolicy, type ExportOptions } from './export';

const MODE_KEY = 'derbes.preview.mode';
const isPolicy = (d: vscode.TextDocument | undefined): d is vscode.TextDocument => d?.languageId === 'derbes';

export class PreviewManager implements PanelHost, vscode.WebviewPanelSerializer<PersistedState> {
  private readonly panels = new Set<PreviewPanel>();
  mode: Mode;

  /** `client` settles once the language client has started (or failed to); requests await it. */
  constructor(private readonly context: vscode.ExtensionContext, readonly client: Promise<LanguageClient>) {
    const saved = context.globalState.get<Mode>(MODE_KEY);
    this.mode = saved === 'kk' || saved === 'ru' || saved === 'both' ? saved : 'both';
  }

  get extensionUri(): vscode.Uri {
    return this.context.extensionUri;
  }

  /** The panel a command acts on: the focused preview, else the only one, else the first. */
  active(): PreviewPanel | undefined {
    const all = [...this.panels];
    return all.find(p => p.panel.active) ?? all.find(p => p.panel.visible) ?? all[0];
  }

  all(): PreviewPanel[] {
    return [...this.panels];
  }

  open(uri: vscode.Uri, beside: boolean): PreviewPanel {
    const column = beside ? vscode.ViewColumn.Beside : vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active;
    const existing = [...this.panels].find(p => p.uri.toString() === uri.toString()) ?? [...this.panels].find(p => !p.locked);
    if (existing) {
      existing.setResource(uri);
      existing.panel.reveal(existing.panel.viewColumn ?? column, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, '', { viewColumn: column, preserveFocus: beside }, {
      enableScripts: true, enableCommandUris: false, enableFindWidget: true, localResourceRoots: [this.extensionUri],
    });
    return this.adopt(panel, uri, false);
  }

  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri, locked: boolean): PreviewPanel {
    const p = new PreviewPanel(this, panel, uri, locked);
    this.panels.add(p);
    return p;
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PersistedState | undefined): Promise<void> {
    const uri = state?.uri ? vscode.Uri.parse(state.uri) : vscode.window.activeTextEditor?.document.uri;
    if (!uri) { panel.dispose(); return; }
    if (state?.mode && state.mode !== this.mode) this.mode = state.mode;
    this.adopt(panel, uri, !!state?.locked);
  }

  setMode(mode: Mode): void {
    this.mode = mode;
    void this.context.globalState.update(MODE_KEY, mode);
    this.panels.forEach(p => p.setMode(mode));
  }

  toggleLock(panel: PreviewPanel): void {
    panel.setLocked(!panel.locked);
    const editor = vscode.window.activeTextEditor;
    if (!panel.locked && isPolicy(editor?.document)) panel.setResource(editor!.document.uri);
  }

  disposed(panel: PreviewPanel): void {
    this.panels.delete(panel);
  }

  /** Wires editor events: typing re-renders, switching editors moves unlocked previews, scrolling and the cursor sync. */
  listen(): vscode.Disposable[] {
    return [
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.contentChanges.length === 0) return;
        for (const p of this.panels) if (p.uri.toString() === e.document.uri.toString()) p.update();
      }),
      vscode.workspace.onDidSaveTextDocument(d => {
        for (const p of this.panels) if (p.uri.toString() === d.uri.toString()) p.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(editor => {
        if (!isPolicy(editor?.document)) return;
        for (const p of this.panels) if (!p.locked) p.setResource(editor!.document.uri);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges(e => {
        const top = e.visibleRanges[0]?.start.line;
        if (top === undefined) return;
        for (const p of this.panels) if (p.uri.toString() === e.textEditor.document.uri.toString()) p.scrollToLine(top);
      }),
      vscode.window.onDidChangeTextEditorSelection(e => {
        for (const p of this.panels) if (p.uri.toString() === e.textEditor.document.uri.toString()) p.highlightLine(e.selections[0]?.active.line);
      }),
    ];
  }
}

/** The policy a command is about: its argument, the active policy editor, or the active preview's file. */
function targetUri(manager: PreviewManager, arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg) return vscode.Uri.parse(arg);
  const editor = vscode.window.activeTextEditor;
  if (isPolicy(editor?.document)) return editor!.document.uri;
  return manager.active()?.uri;
}

export function registerPreview(context: vscode.ExtensionContext, client: Promise<LanguageClient>): PreviewManager {
  const manager = new PreviewManager(context, client);
  const noPolicy = () => void vscode.window.showWarningMessage(vscode.l10n.t('Open a policy file (*.policy.yaml) first.'));
  const open = (beside: boolean) => (arg?: unknown) => {
    const uri = targetUri(manager, arg);
    if (!uri) return noPolicy();
    manager.open(uri, beside);
  };
  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, manager),
    vscode.commands.registerCommand('derbes.openPreviewToSide', open(true)),
    vscode.commands.registerCommand('derbes.openPreview', open(false)),
    vscode.commands.registerCommand('derbes.togglePreviewLock', () => {
      const p = manager.active();
      if (p) manager.toggleLock(p);
    }),
    vscode.commands.registerCommand('derbes.export', async (arg?: unknown, options?: ExportOptions) => {
      const uri = targetUri(manager, arg);
      if (!uri) return noPolicy();
      return exportPolicy(client, uri, { lang: manager.mode, askLanguage: !options, ...options });
    }),
    // Test hooks for the end-to-end suite (not in the command palette).
    vscode.commands.registerCommand('derbes.test.previewState', async (arg?: unknown) => {
      const key = typeof arg === 'string' ? arg : arg instanceof vscode.Uri ? arg.toString() : undefined;
      const p = key ? manager.all().find(x => x.uri.toString() === key) : manager.active();
      if (!p) return undefined;
      const dom = await p.probe();
      return {
        uri: p.uri.toString(), locked: p.locked, mode: manager.mode, panels: manager.all().length,
        viewColumn: p.panel.viewColumn, visible: p.panel.visible,
        columns: dom?.columns ?? (manager.mode === 'both' ? 2 : 1),
        clauseCount: dom?.clauseCount ?? 0, blockCount: dom?.blockCount ?? 0,
        lastRenderVersion: p.lastRenderVersion, documentVersion: p.documentVersion, renderMs: p.lastRenderMs,
        texts: dom?.texts ?? {}, diagnostics: dom?.diagnostics ?? {}, topId: dom?.topId, activeId: dom?.activeId,
        scrollY: dom?.scrollY, blockIds: p.blockIds, domReady: dom !== undefined,
      };
    }),
    vscode.commands.registerCommand('derbes.test.previewAction', async (action: 'click' | 'scroll' | 'mode' | 'lock', arg?: string) => {
      const p = manager.active();
      if (!p) return false;
      if (action === 'mode' && (arg === 'kk' || arg === 'ru' || arg === 'both')) manager.setMode(arg);
      else if (action === 'lock') manager.toggleLock(p);
      else if ((action === 'click' || action === 'scroll') && arg) p.post({ type: 'simulate', action, id: arg });
      return true;
    }),
    ...manager.listen(),
  );
  return manager;
}
