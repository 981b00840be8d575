// Helpers for the rule tests: analyse a policy in memory and look at its findings.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageServiceOptions } from '../../server/src/service/languageService';
import type { Finding } from '../../server/src/model/finding';
import type { Locale } from '../../server/src/i18n/locale';
import { BASE_POLICY, composeExample } from '../../server/src/rules/examples';

export { BASE_POLICY, composeExample };

let version = 0;
export const docOf = (text: string, uri = 'file:///workspace/test.policy.yaml') => TextDocument.create(uri, 'derbes', ++version, text);

/** Every finding (after suppressions), before configuration is applied. */
export function findings(text: string, options: LanguageServiceOptions = {}): Finding[] {
  return createLanguageService(options).analyze(docOf(text)).findings;
}

export function codes(text: string): string[] {
  return [...new Set(findings(text).map(f => f.code))].sort();
}

export function findingsOf(text: string, code: string): Finding[] {
  return findings(text).filter(f => f.code === code);
}

/** The base policy with top-level sections replaced (and some removed). */
export function policy(yaml: string, remove: string[] = []): string {
  return composeExample({ yaml, remove });
}

export function diagnostics(text: string, locale: Locale = 'en', options: LanguageServiceOptions = {}, uri?: string) {
  return createLanguageService(options).getDiagnostics(docOf(text, uri), locale);
}

/** The source text a finding points at. */
export const at = (text: string, f: Pick<Finding, 'start' | 'end'>) => text.slice(f.start, f.end);
