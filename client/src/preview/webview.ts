// The script that runs inside the preview webview. It is one self-contained function: html.ts
// serialises it into an inline <script nonce> (the bundle's compiled form), so it must not use
// anything from outside its own body. It patches the DOM block by block (no reload), keeps the
// scroll anchor across updates, syncs scrolling by block id and builds diagnostics with textContent.
import type { FromWebview, Mode, PersistedState, PreviewBlock, PreviewDiagnostic, ToWebview, WebviewProbe } from './protocol';

declare function acquireVsCodeApi(): { postMessage(m: unknown): void; getState(): unknown; setState(s: unknown): void };

export function previewMain(): void {
  const vscode = acquireVsCodeApi();
  const post = (m: FromWebview) => vscode.postMessage(m);
  const body = document.body;
  const docEl = document.getElementById('doc') as HTMLElement;
  const unplacedEl = document.getElementById('unplaced') as HTMLElement;
  const statusEl = document.getElementById('status') as HTMLElement;
  const toolbarEl = document.getElementById('toolbar');
  const saved = (vscode.getState() ?? {}) as Partial<PersistedState>;
  const state: PersistedState = {
    uri: saved.uri ?? body.dataset.uri ?? '',
    locked: saved.locked ?? body.dataset.locked === 'true',
    mode: (saved.mode ?? body.dataset.mode ?? 'both') as Mode,
  };
  const rows = new Map<string, HTMLElement>();
  let version = -1;
  let activeId: string | undefined;
  /** until when scroll events are ours (a scroll the extension asked for), not the user's */
  let quietUntil = 0;

  const setMode = (mode: Mode) => {
    state.mode = mode;
    body.classList.remove('mode-both', 'mode-kk', 'mode-ru');
    body.classList.add(`mode-${mode}`);
    document.querySelectorAll<HTMLButtonElement>('[data-mode]').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.mode === mode)));
    vscode.setState(state);
  };
  const setLocked = (locked: boolean) => {
    state.locked = locked;
    body.classList.toggle('locked', locked);
    document.getElementById('lock')?.setAttribute('aria-pressed', String(locked));
    vscode.setState(state);
  };

  const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
  function diagnosticsEl(list: PreviewDiagnostic[]): HTMLElement {
    const box = document.createElement('ul');
    box.className = 'diags';
    for (const d of list) {
      const li = document.createElement('li');
      li.className = `diag ${SEVERITY[d.severity] ?? 'info'}`;
      const where = document.createElement('span');
      where.className = 'where';
      where.textContent = `${d.line + 1}:${d.character + 1}`;
      const code = document.createElement('span');
      code.className = 'code';
      code.textContent = d.code ?? '';
      const message = document.createElement('span');
      message.className = 'message';
      message.textContent = d.message;
      li.append(where, ' ', code, ' ', message);
      box.append(li);
    }
    return box;
  }

  function fill(row: HTMLElement, b: PreviewBlock) {
    row.className = `row ${b.classes}${b.diagnostics.length ? ' has-diags' : ''}${b.id === activeId ? ' active' : ''}`;
    row.id = b.domId;
    row.dataset.id = b.id;
    // the fragments come from the renderer, which escapes every piece of policy text
    const kk = document.createElement('div');
    kk.className = 'cell kk';
    kk.lang = 'kk';
    kk.innerHTML = b.kk;
    const ru = document.createElement('div');
    ru.className = 'cell ru';
    ru.lang = 'ru';
    ru.innerHTML = b.ru;
    row.replaceChildren(kk, ru);
    if (b.diagnostics.length) row.append(diagnosticsEl(b.diagnostics));
  }

  /** The block at the top of the viewport and how far its top is from the viewport's. */
  function anchor(): { id: string; offset: number } | undefined {
    const top = toolbarEl ? toolbarEl.getBoundingClientRect().bottom : 0;
    for (const row of Array.from(docEl.children) as HTMLElement[]) {
      const r = row.getBoundingClientRect();
      if (r.bottom > top + 4) return { id: row.dataset.id ?? '', offset: r.top };
    }
    return undefined;
  }

  function render(m: Extract<ToWebview, { type: 'render' }>) {
    const before = m.reset ? undefined : anchor();
    if (m.reset) { rows.clear(); docEl.replaceChildren(); }
    state.uri = m.uri;
    setLocked(m.locked);
    for (const b of m.blocks) {
      let row = rows.get(b.id);
      if (!row) { row = document.createElement('div'); rows.set(b.id, row); }
      fill(row, b);
    }
    const keep = new Set(m.order);
    for (const [id, row] of rows) if (!keep.has(id)) { row.remove(); rows.delete(id); }
    let prev: Element | null = null;
    for (const id of m.order) {
      const row = rows.get(id);
      if (!row) continue;
      const expected: Element | null = prev ? prev.nextElementSibling : docEl.firstElementChild;
      if (expected !== row) docEl.insertBefore(row, expected);
      prev = row;
    }
    unplacedEl.replaceChildren();
    if (m.unplaced.length) unplacedEl.append(diagnosticsEl(m.unplaced));
    if (before) {
      const row = rows.get(before.id);
      if (row) {
        quietUntil = Date.now() + 200;
        window.scrollBy(0, row.getBoundingClientRect().top - before.offset);
      }
    } else if (m.reset && saved.uri === m.uri && typeof (saved as { scrollY?: number }).scrollY === 'number') {
      window.scrollTo(0, (saved as { scrollY?: number }).scrollY!);
    }
    statusEl.textContent = '';
    version = m.version;
    vscode.setState(state);
    post({ type: 'rendered', version, clauseCount: docEl.querySelectorAll('.row.clause').length });
  }

  function scrollToId(id: string) {
    const row = rows.get(id);
    if (!row) return;
    quietUntil = Date.now() + 300;
    const top = toolbarEl ? toolbarEl.getBoundingClientRect().bottom : 0;
    window.scrollTo(0, window.scrollY + row.getBoundingClientRect().top - top - 4);
  }

  function highlight(id: string | undefined) {
    if (activeId) rows.get(activeId)?.classList.remove('active');
    activeId = id;
    if (id) rows.get(id)?.classList.add('active');
  }

  function probe(): WebviewProbe {
    const visible = state.mode === 'both' ? ['kk', 'ru'] : [state.mode];
    const texts: WebviewProbe['texts'] = {};
    for (const l of visible) (texts as Record<string, string[]>)[l] = Array.from(docEl.querySelectorAll<HTMLElement>(`.row > .cell.${l}`)).map(c => (c.textContent ?? '').trim());
    const diagnostics: Record<string, number> = {};
    docEl.querySelectorAll<HTMLElement>('.row.has-diags').forEach(r => { diagnostics[r.dataset.id ?? ''] = r.querySelectorAll('.diag').length; });
    const columns = new Set(Array.from(docEl.querySelectorAll<HTMLElement>('.row.clause > .cell')).filter(c => c.offsetParent !== null).map(c => (c.classList.contains('kk') ? 'kk' : 'ru'))).size;
    return {
      columns, blockCount: rows.size, clauseCount: docEl.querySelectorAll('.row.clause').length, lastRenderVersion: version,
      mode: state.mode, texts, diagnostics, topId: anchor()?.id, activeId, scrollY: window.scrollY,
    };
  }

  window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const m = event.data;
    switch (m.type) {
      case 'render': render(m); break;
      case 'mode': setMode(m.mode); break;
      case 'locked': setLocked(m.locked); break;
      case 'scrollTo': scrollToId(m.id); break;
      case 'highlight': highlight(m.id); break;
      case 'error': statusEl.textContent = m.message; break;
      case 'probe': post({ type: 'probeResult', nonce: m.nonce, state: probe() }); break;
      case 'simulate':
        if (m.action === 'click') rows.get(m.id)?.querySelector<HTMLElement>('.cell')?.click();
        else { scrollToId(m.id); quietUntil = 0; onScroll(); }
        break;
    }
  });

  document.addEventListener('click', event => {
    const target = event.target as HTMLElement;
    const button = target.closest<HTMLButtonElement>('button');
    if (button?.dataset.mode) { setMode(button.dataset.mode as Mode); post({ type: 'setMode', mode: state.mode }); return; }
    if (button?.id === 'lock') { post({ type: 'toggleLock' }); return; }
    // links open through VS Code; selecting text is not a click on a clause
    if (target.closest('a') || (window.getSelection()?.toString() ?? '') !== '') return;
    const row = target.closest<HTMLElement>('.row');
    if (row?.dataset.id) post({ type: 'reveal', id: row.dataset.id });
  });

  let scrollPending = false;
  function onScroll() {
    (state as PersistedState & { scrollY?: number }).scrollY = window.scrollY;
    if (Date.now() < quietUntil) return;
    const a = anchor();
    if (a?.id) post({ type: 'didScroll', id: a.id });
  }
  window.addEventListener('scroll', () => {
    if (scrollPending) return;
    scrollPending = true;
    requestAnimationFrame(() => { scrollPending = false; onScroll(); vscode.setState(state); });
  }, { passive: true });

  setMode(state.mode);
  setLocked(state.locked);
  post({ type: 'ready' });
}
