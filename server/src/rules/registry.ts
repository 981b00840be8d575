// Every diagnostic Derbes can report is registered here with its code, default severity,
// messages in kk/ru/en, and, for law rules, its citation and how sure that citation is.
import type { Locale } from '../i18n/locale';
import type { Finding } from '../model/finding';
import type { PolicyAnalysis } from '../model/analysis';
import type { Policy } from '../schema/policy';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Args = NonNullable<Finding['args']>;
export type MessageTemplates = Record<Locale, (args: Args) => string>;

export interface DiagnosticInfo {
  code: string;
  /** readable name for rule listings */
  name: string;
  severity: Severity;
  messages: MessageTemplates;
  /** citation ids (taxonomy/data/citations.json) */
  citations?: string[];
  /** H/M/L as in the domain reference; an L rule is never an error */
  confidence?: 'H' | 'M' | 'L';
  /** the rule family file it lives in, e.g. "schema", "storage" */
  family: string;
}

export interface RuleContext {
  policy: Policy;
  analysis: PolicyAnalysis;
  /** report at the key of `path` (or its nearest existing ancestor); `severity` overrides the rule's default for this finding */
  report(path: string, args?: Args, code?: string, severity?: Severity): void;
  /** report at explicit offsets */
  reportAt(start: number, end: number, args?: Args, code?: string, severity?: Severity): void;
}

/** A check over the whole typed policy (law rules, language rules). */
export interface PolicyRule extends DiagnosticInfo {
  check(ctx: RuleContext): void;
}

const infos = new Map<string, DiagnosticInfo>();
const rules: PolicyRule[] = [];

/** Builds one family's plain diagnostics (checked elsewhere): `const core = diagnosticFamily('core')`, then `core(code, name, severity, messages)`. */
export function diagnosticFamily(family: string): (code: string, name: string, severity: Severity, messages: MessageTemplates) => DiagnosticInfo {
  return (code, name, severity, messages) => ({ code, name, severity, messages, family });
}

export function registerDiagnostics(list: DiagnosticInfo[]): void {
  for (const info of list) {
    if (info.confidence === 'L' && info.severity === 'error') throw new Error(`${info.code}: an unverified (L) citation can never be an error`);
    infos.set(info.code, info);
  }
}

export function registerRules(list: PolicyRule[]): void {
  registerDiagnostics(list);
  rules.push(...list);
}

export function diagnosticInfo(code: string): DiagnosticInfo | undefined {
  return infos.get(code);
}

export function allDiagnostics(): DiagnosticInfo[] {
  return [...infos.values()];
}

export function policyRules(): readonly PolicyRule[] {
  return rules;
}
