// Shared by the authoring tests: a document with a cursor mark (‸), positions, applying edits.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService';
import { InMemoryWorkspace } from '../../server/src/service/workspace';

export const CURSOR = '‸';
let version = 0;

export function docOf(text: string, uri = 'file:///ws/test.policy.yaml'): TextDocument {
  return TextDocument.create(uri, 'derbes', ++version, text);
}

/** The document without the cursor mark, and the cursor's position. */
export function withCursor(marked: string, uri?: string) {
  const offset = marked.indexOf(CURSOR);
  assert.ok(offset >= 0, 'no cursor mark');
  const document = docOf(marked.replace(CURSOR, ''), uri);
  return { document, position: document.positionAt(offset), offset };
}

export function positionOf(document: TextDocument, needle: string, delta = 0) {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `no ${JSON.stringify(needle)}`);
  return document.positionAt(at + delta);
}

export function apply(document: TextDocument, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(document, [...edits]);
}

export function applyWorkspaceEdit(document: TextDocument, edit: WorkspaceEdit): string {
  return apply(document, edit.changes?.[document.uri] ?? []);
}

export function service(files: Record<string, string> = {}, roots = ['/ws']): LanguageService {
  return createLanguageService({ workspace: new InMemoryWorkspace(roots, files) });
}

/** JSON with sorted keys, so two models compare regardless of key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

/** The valid consent agreement the authoring tests edit (the in-editor suite uses the same one). */
export { VALID_POLICY as BASE } from '../fixtures/validPolicy';
