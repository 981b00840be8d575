// One preview panel: asks the server for the rendered blocks (first at once, then throttled while
// the user types), sends the webview only the blocks that changed, and maps between source lines
// and block ids for scroll sync and click-to-reveal.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { shellHtml } from './html';
import {
  RENDER_REQUEST, VIEW_TYPE, type FromWebview, type Mode, type PreviewBlock, type PreviewResult, type RenderParams,
  type ToWebview, type WebviewProbe,
} from './protocol';

const THROTTLE_MS = 120;

export interface PanelHost {
  /** the language client once it has started; rejects if it could not start */
  readonly client: Promise<LanguageClient>;
  readonly extensionUri: vscode.Uri;
  mode: Mode;
  setMode(mode: Mode): void;
  toggleLock(panel: PreviewPanel): void;
  disposed(panel: PreviewPanel): void;
}

export class PreviewPanel {
  private ready = false;
  private readonly sent = new Map<string, string>();
  private needsReset = true;
  private result: PreviewResult | undefined;
  private blocks = new Map<string, PreviewBlock>();
  private timer: NodeJS.Timeout | undefined;
  private inFlight = false;
  private dirty = false;
  private lastRequest = 0;
  private probeSeq = 0;
  private readonly probes = new Map<number, (p: WebviewProbe) => void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** the version of the document the webview last confirmed it shows */
  lastRenderVersion = -1;
  /** server time of the last render, ms */
  lastRenderMs = 0;
  /** until when editor scroll events come from our own reveal */
  ignoreEditorScrollUntil = 0;

  constructor(private readonly host: PanelHost, readonly panel: vscode.WebviewPanel, public uri: vscode.Uri, public locked: boolean) {
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [host.extensionUri] };
    panel.iconPath = vscode.Uri.joinPath(host.extensionUri, 'images', 'icon.png');
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m)),
      panel.onDidDispose(() => this.dispose()),
    );
    this.loadShell();
    this.update(true);
  }

  private loadShell(): void {
    this.ready = false;
    this.panel.title = this.title();
    this.panel.webview.html = shellHtml(this.panel.webview, { uri: this.uri.toString(), locked: this.locked, mode: this.host.mode }, {
      title: this.title(),
      both: vscode.l10n.t('Kazakh | Russian'),
      kk: vscode.l10n.t('Kazakh'),
      ru: vscode.l10n.t('Russian'),
      lock: vscode.l10n.t('Lock'),
      lockTitle: vscode.l10n.t('Keep this preview on this file instead of following the active editor'),
      modeTitle: vscode.l10n.t('Languages to show'),
      loading: vscode.l10n.t('Rendering…'),
      unplaced: vscode.l10n.t('Problems outside the rendered text'),
    });
  }

  title(): string {
    const name = path.basename(this.uri.path);
    return this.locked ? vscode.l10n.t('[Locked] Derbes Preview: {0}', name) : vscode.l10n.t('Derbes Preview: {0}', name);
  }

  /** Shows another file (an unlocked preview following the active editor). */
  setResource(uri: vscode.Uri): void {
    if (uri.toString() === this.uri.toString()) return;
    this.uri = uri;
    this.result = undefined;
    this.blocks.clear();
    this.sent.clear();
    this.needsReset = true;
    this.lastRenderVersion = -1;
    this.panel.title = this.title();
    this.update(true);
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
    this.panel.title = this.title();
    this.post({ type: 'locked', locked });
  }

  setMode(mode: Mode): void {
    this.post({ type: 'mode', mode });
  }

  /** Re-renders: at once when asked (first render), else at most every THROTTLE_MS while typing. */
  update(immediate = false): void {
    if (this.inFlight) { this.dirty = true; return; }
    const wait = immediate ? 0 : Math.max(0, this.lastRequest + THROTTLE_MS - Date.now());
    if (wait === 0) {
      if (this.timer) { clearTimeout(this.timer); this.timer = undefined; }
      void this.run();
    } else if (!this.timer) {
      this.timer = setTimeout(() => { this.timer = undefined; void this.run(); }, wait);
    }
  }

  private async run(): Promise<void> {
    this.inFlight = true;
    this.lastRequest = Date.now();
    try {
      await this.render();
    } catch (error) {
      this.post({ type: 'error', message: vscode.l10n.t('The preview could not be rendered: {0}', String((error as Error)?.message ?? error)) });
    } finally {
      this.inFlight = false;
      if (this.dirty) { this.dirty = false; this.update(); }
    }
  }

  private async render(): Promise<void> {
    const client = await this.host.client; // the first render may come before the server is up
    const key = this.uri.toString();
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
    const params: RenderParams = { textDocument: { uri: key }, format: 'preview' };
    // a file the language server does not track (closed, or not a policy by language) goes as text
    if (!open || open.languageId !== 'derbes') params.text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uri));
    const result = await client.sendRequest<PreviewResult>(RENDER_REQUEST, params);
    if (result.uri !== this.uri.toString()) return; // the panel moved on to another file meanwhile
    this.result = result;
    this.blocks = new Map(result.blocks.map(b => [b.id, b]));
    this.lastRenderMs = result.renderMs;
    this.flush();
    // the request may have overtaken the last change notification: render again if we are behind
    if (open && open.languageId === 'derbes' && result.version < open.version) this.dirty = true;
  }

  /** Sends the webview what changed since it last heard from us. */
  private flush(): void {
    const r = this.result;
    if (!r || !this.ready) return;
    const changed: PreviewBlock[] = [];
    const seen = new Set<string>();
    for (const b of r.blocks) {
      seen.add(b.id);
      const signature = `${b.classes}\0${b.kk}\0${b.ru}\0${JSON.stringify(b.diagnostics)}`;
      if (this.sent.get(b.id) !== signature) { changed.push(b); this.sent.set(b.id, signature); }
    }
    for (const id of [...this.sent.keys()]) if (!seen.has(id)) this.sent.delete(id);
    this.post({ type: 'render', version: r.version, order: r.blocks.map(b => b.id), blocks: changed, unplaced: r.unplaced, reset: this.needsReset, uri: r.uri, locked: this.locked });
    this.needsReset = false;
  }

  private onMessage(m: FromWebview): void {
    switch (m.type) {
      case 'ready':
        // a fresh webview (first load, or shown again after being hidden) has nothing yet
        this.ready = true;
        this.sent.clear();
        this.needsReset = true;
        this.flush();
        this.update(true);
        break;
      case 'rendered': this.lastRenderVersion = m.version; break;
      case 'setMode': this.host.setMode(m.mode); break;
      case 'toggleLock': this.host.toggleLock(this); break;
      case 'reveal': void this.reveal(m.id); break;
      case 'didScroll': this.syncEditorTo(m.id); break;
      case 'probeResult': this.probes.get(m.nonce)?.(m.state); this.probes.delete(m.nonce); break;
    }
  }

  post(m: ToWebview): void {
    if (this.ready) void this.panel.webview.postMessage(m);
  }

  /** The block that shows a source line: the tightest range around it, else the last block starting before it. */
  blockForLine(line: number): PreviewBlock | undefined {
    let best: PreviewBlock | undefined;
    let size = Infinity;
    let before: PreviewBlock | undefined;
    let beforeLine = -1;
    for (const b of this.blocks.values()) {
      for (const r of b.ranges) {
        if (r.startLine <= line && line <= r.endLine && r.endLine - r.startLine < size) { best = b; size = r.endLine - r.startLine; }
        if (r.startLine <= line && r.startLine > beforeLine) { before = b; beforeLine = r.startLine; }
      }
    }
    return best ?? before;
  }

  /** Editor → preview: bring the block of the editor's top line to the top of the preview. */
  scrollToLine(line: number): void {
    if (Date.now() < this.ignoreEditorScrollUntil) return;
    const b = this.blockForLine(line);
    if (b) this.post({ type: 'scrollTo', id: b.id });
  }

  highlightLine(line: number | undefined): void {
    this.post({ type: 'highlight', id: line === undefined ? undefined : this.blockForLine(line)?.id });
  }

  /** Preview → editor: the block now at the top of the preview goes to the top of the editor. */
  private syncEditorTo(id: string): void {
    const range = this.blocks.get(id)?.ranges[0];
    if (!range) return;
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() !== this.uri.toString()) continue;
      this.ignoreEditorScrollUntil = Date.now() + 400;
      editor.revealRange(new vscode.Range(range.startLine, 0, range.startLine, 0), vscode.TextEditorRevealType.AtTop);
    }
  }

  /** Click on a block: its source, selected, in an editor beside the preview. */
  async reveal(id: string): Promise<vscode.TextEditor | undefined> {
    const range = this.blocks.get(id)?.ranges[0];
    if (!range) return undefined;
    const document = await vscode.workspace.openTextDocument(this.uri);
    const existing = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.uri.toString());
    const column = existing?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const start = new vscode.Position(range.startLine, range.startCharacter);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false, selection: new vscode.Range(start, start) });
    this.ignoreEditorScrollUntil = Date.now() + 400;
    editor.revealRange(new vscode.Range(start, new vscode.Position(range.endLine, range.endCharacter)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  /** For the test hook: what the webview's DOM shows now. */
  probe(timeoutMs = 3000): Promise<WebviewProbe | undefined> {
    if (!this.ready) return Promise.resolve(undefined);
    const nonce = ++this.probeSeq;
    return new Promise(resolve => {
      const timer = setTimeout(() => { this.probes.delete(nonce); resolve(undefined); }, timeoutMs);
      this.probes.set(nonce, p => { clearTimeout(timer); resolve(p); });
      this.post({ type: 'probe', nonce });
    });
  }

  get documentVersion(): number | undefined {
    return this.result?.version;
  }

  get blockIds(): string[] {
    return [...this.blocks.keys()];
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.disposables.forEach(d => d.dispose());
    this.host.disposed(this);
  }

  static viewType = VIEW_TYPE;
}
