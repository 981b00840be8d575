// Builds policies for tests: a valid base policy, and a way to diagnose text in memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService';
import type { PolicyDiagnostic as Diagnostic } from '../../server/src/service/diagnostics';
import type { Locale } from '../../server/src/i18n/locale';

export const ROOT = join(__dirname, '..', '..');
export const STARTER = readFileSync(join(ROOT, 'examples', 'starter.policy.yaml'), 'utf8');

let version = 0;
export function doc(text: string, uri = 'file:///workspace/test.policy.yaml'): TextDocument {
  return TextDocument.create(uri, 'derbes', ++version, text);
}

export function diagnose(text: string, locale: Locale = 'en', service: LanguageService = createLanguageService()): Diagnostic[] {
  return service.getDiagnostics(doc(text), locale);
}

/** Only the diagnostics of the language itself (not law or language rules, which have their own tests). */
export const CORE_CODES = new Set(['yaml-syntax', 'yaml-warning', 'yaml-alias', 'multiple-documents', 'unknown-key', 'invalid-key', 'invalid-type',
  'invalid-enum', 'invalid-format', 'invalid-duration', 'out-of-range', 'missing-required', 'missing-value', 'duplicate-key', 'duplicate-id',
  'invalid-id', 'undefined-reference', 'unused-data', 'missing-translation', 'empty-text', 'unknown-placeholder', 'invalid-placeholder-case']);

export function coreDiagnostics(text: string, locale: Locale = 'en'): Diagnostic[] {
  return diagnose(text, locale).filter(d => CORE_CODES.has(String(d.code)));
}

/** The text a diagnostic underlines. */
export function underlined(text: string, d: Diagnostic): string {
  const document = doc(text);
  return text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end));
}

/** The starter policy with `find` replaced by `replace` (asserting the find text exists). */
export function starterWith(find: string, replace: string): string {
  if (!STARTER.includes(find)) throw new Error(`starter policy has no ${JSON.stringify(find)}`);
  return STARTER.replace(find, replace);
}
