// Shared by the law and language rule families: how a rule is defined (with its documentation
// examples), the facts several rules read (is the policy a consent? an online platform? does it
// serve minors?), and access to the policy's bilingual texts with their exact source offsets.
import type { Locale, Localized } from '../i18n/locale';
import { policyTextValues, type PolicyAnalysis, type TextValue } from '../model/analysis';
import { entryOf, sectionOf, spanOf } from '../model/locate';
import { TextMemo } from '../model/memo';
import type { Policy } from '../schema/policy';
import { entry } from '../taxonomy/taxonomy';
import { diagnosticInfo, registerRules, type Args, type DiagnosticInfo, type MessageTemplates, type PolicyRule, type RuleContext, type Severity } from './registry';

/** A policy fragment for the documentation: top-level sections set (or replaced) over the base policy. */
export interface RuleExample {
  yaml: string;
  /** top-level sections removed from the base policy */
  remove?: string[];
}

export interface RuleExtras {
  /** a severity other than the default, and when it applies */
  escalation?: { severity: Severity; when: Localized };
  /** the duty applies from this date (by the policy's `effective` date) */
  since?: { date: string; note: Localized };
  /** what the rule looks at, for the documentation */
  trigger: Localized;
  /** one policy that triggers the rule and one that does not */
  examples: { triggers: RuleExample; passes: RuleExample };
  /** title of the mechanical quick fix, when the rule has one */
  fix?: Localized;
}

export type DefinedRule = PolicyRule & RuleExtras;
export type RuleSpec = Omit<DefinedRule, 'family'>;

/** Registers a family of rules; returns them for tests and listings. */
export function defineRules(family: string, specs: RuleSpec[]): DefinedRule[] {
  const rules = specs.map(spec => ({ ...spec, family }) as DefinedRule);
  registerRules(rules);
  return rules;
}

/** The documentation extras of a registered rule (undefined for plain diagnostics). */
export function ruleExtras(code: string): (DiagnosticInfo & Partial<RuleExtras>) | undefined {
  return diagnosticInfo(code) as (DiagnosticInfo & Partial<RuleExtras>) | undefined;
}

/** Messages that take no arguments, or one detail line per language built from the args. */
export function messages(en: string, kk: string, ru: string, detail?: (a: Args, locale: Locale) => string): MessageTemplates {
  const withDetail = (base: string, locale: Locale) => (a: Args) => {
    const d = detail?.(a, locale);
    return d ? `${base} ${d}` : base;
  };
  return { en: withDetail(en, 'en'), kk: withDetail(kk, 'kk'), ru: withDetail(ru, 'ru') };
}

export const loc = (en: string, kk: string, ru: string): Localized => ({ en, kk, ru });

/** A detail line for `messages`, chosen by the value of one arg (`problem` unless named); none for other values. */
export function detailBy(lines: Record<string, Localized>, arg = 'problem'): (a: Args, locale: Locale) => string {
  return (a, locale) => {
    const key = String(a[arg]);
    return Object.hasOwn(lines, key) ? lines[key][locale] : '';
  };
}

/** A detail line for `messages` when the finding sets `arg` (e.g. `{ excluded: 1 }`). */
export function detailIf(arg: string, line: Localized): (a: Args, locale: Locale) => string {
  return (a, locale) => (a[arg] ? line[locale] : '');
}

/** "Missing: …." in a locale, for a detail line listing what a section lacks. */
export function missingLine(list: string, locale: Locale): string {
  return loc(`Missing: ${list}.`, `Көрсетілмегені: ${list}.`, `Не указаны: ${list}.`)[locale];
}

/** The escalation of a rule whose findings are errors when the document is itself the consent (see `errorIfConsent`). */
export const ERROR_IF_CONSENT: NonNullable<RuleExtras['escalation']> = {
  severity: 'error',
  when: loc('the document is itself the consent (policyIsConsent)', 'құжаттың өзі келісім болып табылса (policyIsConsent)', 'документ сам является согласием (policyIsConsent)'),
};

/** The severity of a finding of an `ERROR_IF_CONSENT` rule: an error in a consent, else the rule's default. */
export function errorIfConsent(policy: Policy): Severity | undefined {
  return policyIsConsent(policy) ? 'error' : undefined;
}

/** Reports at `path` with a quick fix that replaces the value there with `replacement`. */
export function reportReplacing(ctx: RuleContext, path: string, replacement: string, args?: Args, severity?: Severity): void {
  ctx.report(path, { ...args, ...replaceValueFix(ctx.analysis, path, replacement) }, undefined, severity);
}

/** Word boundaries for the texts' regexes: no letter or digit before (`WORD_START`) or after (`WORD_END`). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

// ——— facts several rules read ———

/**
 * The document asks the user to accept it as consent: its kind is a consent or agreement,
 * or it calls itself a public offer or an adhesion contract (RULES.md, "policyIsConsent").
 */
export function policyIsConsent(policy: Policy): boolean {
  if (entry('document-kinds', policy.kind)?.consent === true) return true;
  return policy.acceptance?.['public-offer'] === true || policy.acceptance?.['adhesion-contract'] === true;
}

/** Accounts plus user content: the Online Platforms Law applies. */
export function isOnlinePlatform(policy: Policy): boolean {
  return policy.resource?.['online-platform'] === true || policy.resource?.kind === 'platform';
}

/** Consent is implied from registering or using the site. */
export function acceptanceImplied(policy: Policy): boolean {
  return entry('acceptance-methods', policy.acceptance?.method)?.implied === true;
}

export type DataItem = NonNullable<Policy['data']>[string];

export function dataItems(policy: Policy): [string, DataItem][] {
  return Object.entries(policy.data ?? {});
}

/** Data items that concern minors: marked as minors' data, or of a category only minors have (school, parent's phone). */
export function minorsData(policy: Policy): string[] {
  return dataItems(policy)
    .filter(([, item]) => item.subjects?.some(s => entry('subject-kinds', s)?.minor === true) || entry('data-categories', item.category)?.minors === true)
    .map(([id]) => id);
}

export function servesMinors(policy: Policy): boolean {
  return policy.minors?.served === true || minorsData(policy).length > 0;
}

export function purposeEntries(policy: Policy): [string, NonNullable<Policy['purposes']>[string]][] {
  return Object.entries(policy.purposes ?? {});
}

/** The operator is a legal entity (not an individual or an individual entrepreneur). */
export function operatorIsLegalEntity(policy: Policy): boolean {
  const form = policy.operator?.['legal-form'];
  if (form === undefined || form === 'unspecified') return false;
  return entry('legal-forms', form)?.individual !== true;
}

// ——— bilingual texts ———

/** The typed value at a model path, read from the piece that holds it (robust to entries that failed to parse). */
export function valueAt(analysis: PolicyAnalysis, path: string): unknown {
  const segments = path.split('/');
  const section = sectionOf(analysis, segments[0]);
  if (!section) return undefined;
  let value: unknown;
  let rest: string[];
  if (!section.split) {
    value = (analysis.policy as Record<string, unknown>)[segments[0]];
    rest = segments.slice(1);
  } else if (section.field?.kind === 'map') {
    value = entryOf(analysis, section, segments[1])?.parsed.value;
    rest = segments.slice(2);
  } else {
    value = section.pieces[Number(segments[1])]?.parsed.value;
    rest = segments.slice(2);
  }
  for (const seg of rest) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[seg];
  }
  return value;
}

export interface TextMatch {
  path: string;
  lang: 'kk' | 'ru';
  /** source offsets of the match */
  start: number;
  end: number;
  match: string;
}

/**
 * Matches of per-language patterns (global regexes) in the policy's texts, located in the source.
 * `only` limits the texts by path.
 */
export function findInTexts(analysis: PolicyAnalysis, patterns: Partial<Record<'kk' | 'ru', RegExp>>, only?: (path: string, analysis: PolicyAnalysis) => boolean): TextMatch[] {
  const out: TextMatch[] = [];
  const scans = LANGS.map(lang => patterns[lang] && scanFor(patterns[lang]));
  for (const text of policyTextValues(analysis)) {
    const { path, value } = text;
    // whether `only` wants a text, and where a match sits, can depend on other entries: worked
    // out every time; `only` is asked first, so the texts it does not want are never scanned
    if (only && !only(path, analysis)) continue;
    for (let l = 0; l < LANGS.length; l++) {
      const lang = LANGS[l];
      const scan = scans[l];
      const s = value[lang];
      if (!scan || !s) continue;
      for (const m of workOn(text, lang, scan)) {
        out.push({ path, lang, ...locateInText(analysis, path, lang, s, m.index, m.match), match: m.match });
      }
    }
  }
  return out;
}

const LANGS = ['kk', 'ru'] as const;
type Matches = readonly { index: number; match: string }[];
const NO_MATCHES: Matches = [];

/** The scan for the matches of a regex: one function per regex, the key of its matches among a string's work. */
function scanFor(re: RegExp): (s: string) => Matches {
  let scan = scans.get(re);
  if (!scan) scans.set(re, (scan = s => matchesOf(re, s)));
  return scan;
}
const scans = new WeakMap<RegExp, (s: string) => Matches>();

/** The matches of a global regex in a string. */
function matchesOf(re: RegExp, s: string): Matches {
  const list: { index: number; match: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    list.push({ index: m.index, match: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return list.length ? list : NO_MATCHES;
}

/** What was worked out from one string, by the work that did it. */
type Worked = Map<(s: string) => unknown, unknown>;

/**
 * The work done on the texts' strings, by the string itself: texts of unchanged entries are the
 * same strings after an edit (their hash is cached), so a keystroke redoes only the work on new
 * texts. One entry per string for all the work on it (regex matches, script and bilingual checks):
 * a newly opened document pays one memo insertion per string, not one per regex or rule.
 */
let textMemo = new TextMemo<Worked>();

/** Forgets the memoised work on texts, regex matches and script and bilingual checks alike (the benchmark measures a newly opened document with it). */
export function clearTextMemo(): void {
  textMemo = new TextMemo();
}

/** `work(s)` for the `lang` string `s` of a text, memoised by the string: `work` must depend on the string alone (and not return undefined). */
export function workOn<T>(text: TextValue, lang: 'kk' | 'ru', work: (s: string) => T): T {
  const worked = workedOn(text, lang);
  let result = worked.get(work) as T | undefined;
  if (result === undefined) worked.set(work, (result = work(text.value[lang]!)));
  return result;
}

/**
 * The work done on a text's string, kept on the text too (the same object while its entry keeps
 * its text and place): texts of unchanged entries cost no memo lookup.
 */
function workedOn(text: TextValue, lang: 'kk' | 'ru'): Worked {
  const kept = ((text as { [WORKED]?: { kk?: Worked; ru?: Worked } })[WORKED] ??= {});
  let worked = kept[lang];
  if (!worked) {
    const s = text.value[lang]!;
    worked = textMemo.get(s);
    if (!worked) {
      if (textMemo.size >= 20000) textMemo.clear();
      textMemo.set(s, (worked = new Map()));
    }
    kept[lang] = worked;
  }
  return worked;
}
const WORKED = Symbol('worked');

/**
 * Source offsets of `token` found at `index` in the `lang` string of the text at `path`.
 * Plain one-line scalars map directly; quoted, folded and block scalars are searched for the same
 * occurrence of the token; failing that, the whole value is returned.
 */
export function locateInText(analysis: PolicyAnalysis, path: string, lang: string, value: string, index: number, token: string): { start: number; end: number } {
  const span = spanOf(analysis, `${path}/${lang}`);
  if (!span) return { start: 0, end: 1 };
  if (span.valueStart < 0) return { start: span.keyStart, end: span.keyEnd };
  const source = analysis.text.slice(span.valueStart, span.valueEnd);
  if (source === value) return { start: span.valueStart + index, end: span.valueStart + index + token.length };
  // which occurrence of the token this is, then the same occurrence in the source
  let nth = 0;
  for (let at = value.indexOf(token); at >= 0 && at < index; at = value.indexOf(token, at + 1)) nth++;
  let found = -1;
  for (let at = source.indexOf(token), k = 0; at >= 0; at = source.indexOf(token, at + 1), k++) {
    if (k === nth) { found = at; break; }
    if (found < 0) found = at;
  }
  if (found >= 0) return { start: span.valueStart + found, end: span.valueStart + found + token.length };
  return { start: span.valueStart, end: span.valueEnd };
}

/** The whole `lang` value of a text (for findings about the text as a whole). */
export function textValueRange(analysis: PolicyAnalysis, path: string, lang: string): { start: number; end: number } {
  const span = spanOf(analysis, `${path}/${lang}`);
  if (!span) return { start: 0, end: 1 };
  return span.valueStart < 0 ? { start: span.keyStart, end: span.keyEnd } : { start: span.valueStart, end: span.valueEnd };
}

/** Value offsets of a scalar at `path` (for replacement fixes), or undefined. */
export function valueRange(analysis: PolicyAnalysis, path: string): { start: number; end: number } | undefined {
  const span = spanOf(analysis, path);
  return span && span.valueStart >= 0 ? { start: span.valueStart, end: span.valueEnd } : undefined;
}

/** Args for a fix that replaces the value at `path` with `replacement`. */
export function replaceValueFix(analysis: PolicyAnalysis, path: string, replacement: string): Args {
  const r = valueRange(analysis, path);
  return r ? { replacement, fixStart: r.start, fixEnd: r.end } : {};
}

/** Labels of taxonomy ids in a locale, joined for a message. */
export function labels(taxonomyName: string, ids: readonly string[], locale: Locale): string {
  return ids.map(id => (entry(taxonomyName, id)?.[locale] as string | undefined) ?? id).join(locale === 'en' ? ', ' : ', ');
}
