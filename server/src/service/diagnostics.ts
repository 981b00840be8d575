// Findings → LSP diagnostics: locate them, choose severity, and word them in the user's language.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Locale } from '../i18n/locale';
import type { Finding } from '../model/finding';
import { diagnosticInfo, type DiagnosticInfo, type Severity } from '../rules/registry';
import { citation, formatCitation } from '../taxonomy/taxonomy';

export const SOURCE = 'derbes';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const UNVERIFIED: Record<Locale, string> = {
  en: 'The citation is not verified: check with a lawyer.',
  kk: 'Сілтеме тексерілмеген: заңгермен ақылдасыңыз.',
  ru: 'Ссылка не проверена: уточните у юриста.',
};

/** Where the rule pages are: docs/rules beside the bundled server (dist/ → ../docs). */
const DOCS_ROOT = join(__dirname, '..', 'docs', 'rules');

export function ruleDocUrl(code: string): string {
  return pathToFileURL(join(DOCS_ROOT, `${code}.md`)).toString();
}

export function messageOf(info: DiagnosticInfo | undefined, finding: Finding, locale: Locale): string {
  if (!info) return finding.code;
  let message = info.messages[locale](finding.args ?? {});
  const cites = info.family === 'core' ? [] : (info.citations ?? []).map(citation).filter(c => c !== undefined);
  if (cites.length && !message.includes('(')) message += ` (${cites.map(c => formatCitation(c, locale)).join('; ')})`;
  if (info.confidence === 'L') message += ' ' + UNVERIFIED[locale];
  return message;
}

/** Derbes always words its diagnostics as plain text (LSP 3.18 would also allow markup). */
export type PolicyDiagnostic = Diagnostic & { message: string };

export type SeverityOverride = (code: string) => Severity | 'off' | undefined;

export function toDiagnostics(document: TextDocument, findings: readonly Finding[], locale: Locale, override?: SeverityOverride): PolicyDiagnostic[] {
  const out: PolicyDiagnostic[] = [];
  const length = document.getText().length;
  for (const f of findings) {
    const info = diagnosticInfo(f.code);
    let severity = override?.(f.code) ?? f.severity ?? info?.severity ?? 'error';
    if (severity === 'off') continue;
    if (info?.confidence === 'L' && severity === 'error') severity = 'warning';
    const start = Math.min(Math.max(0, f.start), length);
    const end = Math.min(Math.max(start, f.end), length);
    const diagnostic: PolicyDiagnostic = {
      range: { start: document.positionAt(start), end: document.positionAt(end) },
      severity: SEVERITY[severity],
      code: f.code,
      source: SOURCE,
      message: messageOf(info, f, locale),
    };
    if (info && info.family !== 'core') diagnostic.codeDescription = { href: ruleDocUrl(f.code) };
    // a finding with a mechanical fix carries it, so code actions can apply it (service/lawFixes.ts)
    if (f.args && f.args.replacement !== undefined) diagnostic.data = { args: f.args };
    out.push(diagnostic);
  }
  return out;
}
