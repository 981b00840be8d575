// Quick fixes of the law and language rules. A finding with a mechanical fix carries it in its args:
// `replacement` for the source range [fixStart, fixEnd] (the finding's own range when absent); the
// rule's `fix` text titles it. The code-action feature (codeActions.ts) calls `lawQuickFixes` for a
// diagnostic; the fix is read from the diagnostic's data, or recomputed by running the rule again.
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale, Localized } from '../i18n/locale';
import type { PolicyAnalysis } from '../model/analysis';
import type { Finding } from '../model/finding';
import { anchorOf } from '../model/locate';
import { diagnosticInfo, policyRules, type Args } from '../rules/registry';

export interface LawFix {
  title: string;
  edits: TextEdit[];
}

const APPLY: Localized = { en: 'Apply the fix', kk: 'Түзетуді қолдану', ru: 'Применить исправление' };

/** The findings one rule makes on an analysis (rules are pure and cheap, so they are simply run again). */
export function findingsOf(code: string, analysis: PolicyAnalysis): Finding[] {
  const rule = policyRules().find(r => r.code === code);
  if (!rule) return [];
  const out: Finding[] = [];
  try {
    rule.check({
      policy: analysis.policy,
      analysis,
      report: (path, args, c = code) => { if (c === code) out.push({ code, ...anchorOf(analysis, path), args }); },
      reportAt: (start, end, args, c = code) => { if (c === code) out.push({ code, start, end, args }); },
    });
  } catch {
    return out;
  }
  return out;
}

/** The fix a finding carries, as text edits. */
export function fixOfFinding(document: TextDocument, finding: Pick<Finding, 'code' | 'start' | 'end' | 'args'>, locale: Locale = 'en'): LawFix[] {
  const a: Args = finding.args ?? {};
  if (a.replacement === undefined) return [];
  const start = a.fixStart === undefined ? finding.start : Number(a.fixStart);
  const end = a.fixEnd === undefined ? finding.end : Number(a.fixEnd);
  const info = diagnosticInfo(finding.code) as ({ fix?: Localized } & object) | undefined;
  const title = info?.fix?.[locale] ?? APPLY[locale];
  return [{ title, edits: [{ range: { start: document.positionAt(start), end: document.positionAt(end) }, newText: String(a.replacement) }] }];
}

/** Quick fixes for one diagnostic of a law or language rule (none for diagnostics without a mechanical fix). */
export function lawQuickFixes(document: TextDocument, analysis: PolicyAnalysis, diagnostic: Diagnostic, locale: Locale = 'en'): LawFix[] {
  const code = String(diagnostic.code ?? '');
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  const data = (diagnostic.data as { args?: Args } | undefined)?.args;
  if (data && data.replacement !== undefined) return fixOfFinding(document, { code, start, end, args: data }, locale);
  const finding = findingsOf(code, analysis).find(f => f.start === start && f.end === end && f.args?.replacement !== undefined);
  return finding ? fixOfFinding(document, finding, locale) : [];
}
