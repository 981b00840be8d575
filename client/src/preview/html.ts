// The preview's HTML shell: a strict Content-Security-Policy (a fresh nonce per load, no remote
// resources, no inline handlers), theme-aware CSS built on VS Code's variables, the toolbar and
// the webview script. The document itself arrives later as messages (webview.ts patches it in).
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';
import { previewMain } from './webview';
import type { Mode } from './protocol';

export interface ShellStrings {
  title: string;
  both: string;
  kk: string;
  ru: string;
  lock: string;
  lockTitle: string;
  modeTitle: string;
  loading: string;
  unplaced: string;
}

const escape = (s: string) => s.replace(/[&<>"'`]/g, c => `&#${c.charCodeAt(0)};`);

export const PREVIEW_CSS = `
:root { --gap: 28px; --line: var(--vscode-editorWidget-border, rgba(128,128,128,.35)); }
html, body { padding: 0; margin: 0; }
body {
  color: var(--vscode-editor-foreground); background: var(--vscode-editor-background);
  font-family: Georgia, "Times New Roman", "DejaVu Serif", "Noto Serif", serif; font-size: 15px; line-height: 1.6;
}
#toolbar {
  position: sticky; top: 0; z-index: 2; display: flex; gap: 6px; align-items: center; padding: 6px 16px;
  background: var(--vscode-editor-background); border-bottom: 1px solid var(--line);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size, 13px);
}
#toolbar .spacer { flex: 1; }
#toolbar button {
  font: inherit; color: var(--vscode-button-secondaryForeground, var(--vscode-foreground));
  background: var(--vscode-button-secondaryBackground, transparent); border: 1px solid var(--vscode-button-border, var(--line));
  border-radius: 3px; padding: 2px 10px; cursor: pointer;
}
#toolbar button[aria-pressed="true"] { color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
body.vscode-high-contrast #toolbar button[aria-pressed="true"] { outline: 2px solid var(--vscode-contrastActiveBorder); text-decoration: underline; }
#toolbar button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
#status { color: var(--vscode-errorForeground); font-family: var(--vscode-font-family); padding: 0 16px; }
#status:empty, #unplaced:empty { display: none; }
#unplaced { padding: 0 16px; }
main { padding: 8px 24px 40vh; }
#doc { max-width: 1200px; margin: 0 auto; }
body.mode-kk #doc, body.mode-ru #doc { max-width: 46em; }
.row { display: grid; grid-template-columns: 1fr 1fr; column-gap: var(--gap); padding: 1px 6px; border-left: 2px solid transparent; cursor: pointer; }
body.mode-kk .row, body.mode-ru .row { grid-template-columns: 1fr; }
body.mode-kk .cell.ru, body.mode-ru .cell.kk { display: none; }
.row:hover { background: var(--vscode-list-hoverBackground); }
.row.active { border-left-color: var(--vscode-focusBorder); background: var(--vscode-editor-lineHighlightBackground, transparent); }
body.vscode-high-contrast .row.active { outline: 1px dashed var(--vscode-contrastActiveBorder); }
.cell { min-width: 0; overflow-wrap: anywhere; hyphens: auto; }
.cell p { margin: 0 0 .35em; }
.cell p.li { padding-left: 1.6em; text-indent: -1.6em; }
h1 { font-size: 1.35em; text-align: center; margin: .6em 0 .3em; line-height: 1.3; }
h2 { font-size: 1.1em; text-align: center; margin: 1em 0 .3em; }
h3 { font-size: 1em; margin: .5em 0 .2em; }
.cell p.meta { text-align: right; font-size: .9em; opacity: .8; }
.num { font-weight: bold; }
.depth-3 .cell { padding-left: 1.4em; }
.missing {
  background: var(--vscode-inputValidation-warningBackground, rgba(255,200,0,.2));
  border-bottom: 1px dashed var(--vscode-inputValidation-warningBorder, #b08000); padding: 0 2px;
}
.origin-unresolved .cell { border: 1px dashed var(--vscode-inputValidation-warningBorder, #b08000); padding: 2px 6px; }
a { color: var(--vscode-textLink-foreground); }
a:hover { color: var(--vscode-textLink-activeForeground); }
.diags { grid-column: 1 / -1; list-style: none; margin: 2px 0 6px; padding: 0; font-family: var(--vscode-font-family); font-size: .85em; }
.diag { padding: 1px 6px; border-left: 3px solid; margin: 1px 0; background: var(--vscode-editorWidget-background, transparent); }
.diag.error { border-color: var(--vscode-editorError-foreground); }
.diag.warning { border-color: var(--vscode-editorWarning-foreground); }
.diag.info, .diag.hint { border-color: var(--vscode-editorInfo-foreground); }
.diag .where, .diag .code { opacity: .75; font-family: var(--vscode-editor-font-family); }
body.vscode-high-contrast .diag { border-left-width: 4px; }
`;

// The function's compiled source; a compiler that keeps function names (esbuild keepNames, as tsx
// runs it) calls a __name helper, which the page must then provide.
const SCRIPT = `(() => { const __name = (f) => f; (${previewMain.toString()})(); })();`;

export function shellHtml(webview: vscode.Webview, init: { uri: string; locked: boolean; mode: Mode }, strings: ShellStrings): string {
  const nonce = randomBytes(18).toString('base64');
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const button = (mode: Mode, label: string) => `<button type="button" data-mode="${mode}" aria-pressed="${init.mode === mode}" title="${escape(strings.modeTitle)}">${escape(label)}</button>`;
  return `<!DOCTYPE html>
<html lang="kk">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(strings.title)}</title>
<style nonce="${nonce}">${PREVIEW_CSS}</style>
</head>
<body class="mode-${init.mode}" data-uri="${escape(init.uri)}" data-mode="${init.mode}" data-locked="${init.locked}">
<div id="toolbar" role="toolbar">
${button('both', strings.both)}${button('kk', strings.kk)}${button('ru', strings.ru)}
<span class="spacer"></span>
<button type="button" id="lock" aria-pressed="${init.locked}" title="${escape(strings.lockTitle)}">${escape(strings.lock)}</button>
</div>
<div id="status" role="status">${escape(strings.loading)}</div>
<div id="unplaced" aria-label="${escape(strings.unplaced)}"></div>
<main><div id="doc"></div></main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}
