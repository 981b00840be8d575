// Adds the preview's and export's contributions to package.json (commands, menus, keybindings,
// the webview activation event). Re-reads the file and merges by id, so it is safe to run again
// and leaves everyone else's contributions alone.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? new URL('../package.json', import.meta.url);
const pkg = JSON.parse(readFileSync(file, 'utf8'));
const c = (pkg.contributes ??= {});

const commands = [
  { command: 'derbes.openPreviewToSide', title: 'Open Preview to the Side', category: 'Derbes', icon: '$(open-preview)' },
  { command: 'derbes.openPreview', title: 'Open Preview', category: 'Derbes', icon: '$(open-preview)' },
  { command: 'derbes.togglePreviewLock', title: 'Toggle Preview Lock', category: 'Derbes', icon: '$(lock)' },
  { command: 'derbes.export', title: 'Export…', category: 'Derbes', icon: '$(export)' },
];
const menus = {
  'editor/title': [
    { command: 'derbes.openPreviewToSide', when: 'editorLangId == derbes && !notebookEditorFocused', group: 'navigation' },
    { command: 'derbes.togglePreviewLock', when: "activeWebviewPanelId == 'derbes.preview'", group: 'navigation' },
  ],
  'explorer/context': [
    { command: 'derbes.openPreview', when: 'resourceLangId == derbes', group: 'navigation' },
    { command: 'derbes.export', when: 'resourceLangId == derbes', group: '7_modification' },
  ],
  commandPalette: [
    { command: 'derbes.openPreviewToSide', when: "editorLangId == derbes || activeWebviewPanelId == 'derbes.preview'" },
    { command: 'derbes.openPreview', when: "editorLangId == derbes || activeWebviewPanelId == 'derbes.preview'" },
    { command: 'derbes.togglePreviewLock', when: "activeWebviewPanelId == 'derbes.preview'" },
    { command: 'derbes.export', when: "editorLangId == derbes || activeWebviewPanelId == 'derbes.preview'" },
  ],
};
const keybindings = [
  { command: 'derbes.openPreviewToSide', key: 'ctrl+k v', mac: 'cmd+k v', when: 'editorLangId == derbes && !notebookEditorFocused' },
  { command: 'derbes.openPreview', key: 'ctrl+shift+v', mac: 'cmd+shift+v', when: 'editorLangId == derbes && !notebookEditorFocused' },
];

const mergeBy = (list = [], items, key) => {
  const out = list.filter(x => !items.some(i => key(i) === key(x)));
  return [...out, ...items];
};
c.commands = mergeBy(c.commands, commands, x => x.command);
c.menus ??= {};
for (const [menu, items] of Object.entries(menus)) c.menus[menu] = mergeBy(c.menus[menu], items, x => x.command);
c.keybindings = mergeBy(c.keybindings, keybindings, x => `${x.command} ${x.key}`);
pkg.activationEvents = [...new Set([...(pkg.activationEvents ?? []), 'onWebviewPanel:derbes.preview'])];

writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
console.log('package.json: preview and export contributions merged');
