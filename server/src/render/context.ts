// What every section generator reads: the typed policy, its defined terms in every case, the
// labels of taxonomy values per language, and the filling of {{placeholders}}.
import type { Policy } from '../schema/policy';
import type { Duration, Text } from '../schema/types';
import type { PolicyAnalysis } from '../model/analysis';
import { entry } from '../taxonomy/taxonomy';
import { findPlaceholders } from '../schema/placeholders';
import type { KkCase } from '../lang/kazakh';
import type { RuCase, RuForms } from '../lang/russian';
import { formatDateKk, formatDateRu, formatDurationKk, formatDurationRu } from '../lang/dates';
import { documentTerm, kkCase, operatorTerm, ruNoun, userTerm, termForms, type TermForms } from './terms';
import { declineRu } from '../lang/russian';
import { inl, link, mail, missing, plain, type Part } from './inline';
import type { BuildOptions, Inline, Lang } from './types';

export interface RenderContext {
  policy: Policy;
  analysis: PolicyAnalysis;
  options: BuildOptions;
  /** the operator's defined term (Оператор / Әкімші …) */
  op: TermForms;
  /** the data subject's defined term (Пайдаланушы …) */
  user: TermForms;
  /** the document's short name (Саясат / Келісім) */
  doc: TermForms;
  /** «Сайт» as the text defines the resource */
  site: TermForms;
  /** label of a taxonomy value in a language */
  label(taxonomy: string, id: string | undefined, lang: Lang): string;
  /** how the text names a data item: its own label, else its category's */
  dataLabel(id: string, lang: Lang): string;
  /** a bilingual text of the policy in one language, placeholders filled; missing language → a mark */
  text(value: Text | undefined, lang: Lang, params?: Record<string, unknown>): Inline[];
  /** a duration in words, e.g. «30 (отыз) күнтізбелік күн ішінде» / «в течение 30 (тридцати) календарных дней» */
  within(d: Duration, lang: Lang): string;
  duration(d: Duration, lang: Lang): string;
  date(iso: string, lang: Lang, kase?: KkCase | 'attr'): string;
  /** section ids that hold at least one free or library clause */
  sectionsWithClauses: Set<string>;
}

/** Kazakh cases a placeholder may ask for; Russian ones map onto their nearest use. */
const KK_OF: Record<string, KkCase> = { nom: 'nom', gen: 'gen', dat: 'dat', acc: 'acc', loc: 'loc', abl: 'abl', ins: 'ins', prep: 'loc' };
const RU_OF: Record<string, RuCase> = { nom: 'nom', gen: 'gen', dat: 'dat', acc: 'acc', ins: 'ins', prep: 'prep', loc: 'prep', abl: 'gen' };

/** A trailing parenthesis that tells the author what the value leaves open, not the reader. */
const AUTHOR_NOTE = /\((?:[^()]*\s)?(?:нақтыланбаған|көрсетілмеген|не уточнен[аоы]?|не указан[аоы]?)\)$/u;

const MISSING_LABEL: Record<Lang, string> = { kk: 'аударма жоқ', ru: 'нет перевода' };

export function createContext(analysis: PolicyAnalysis, options: BuildOptions, sectionsWithClauses: Set<string>): RenderContext {
  const policy = analysis.policy;
  const op = operatorTerm(policy.operator?.term);
  const user = userTerm(policy.user?.term);
  const doc = documentTerm(policy.kind);
  const site = siteTerm(policy.resource?.kind, (policy.resource as { term?: string } | undefined)?.term);
  const legalGeneric = (): string | undefined => {
    const form = entry('legal-forms', policy.operator?.['legal-form'])?.kk;
    return form ? /\(([^)]+)\)/.exec(form)?.[1] ?? form.split(' ').at(-1) : undefined;
  };

  const label = (taxonomy: string, id: string | undefined, lang: Lang) => {
    const e = entry(taxonomy, id);
    if (!e) return id ?? '';
    // «тек сайт арқылы (электрондық пошта … көрсетілмеген)»: the note in parentheses is for the author
    return e.vague || e.generic || e['open-ended'] || AUTHOR_NOTE.test(e[lang]) ? e[lang].replace(/\s*\([^()]*\)$/, '') : e[lang];
  };

  const date = (iso: string, lang: Lang, kase: KkCase | 'attr' = 'nom') => {
    try {
      if (lang === 'ru') return formatDateRu(iso);
      if (kase === 'attr') return formatDateKk(iso, 'attr');
      return kkCase(formatDateKk(iso), kase);
    } catch {
      return iso;
    }
  };

  const placeholder = (name: string, kase: string | undefined, lang: Lang, raw: string, params?: Record<string, unknown>): Part => {
    const kk = KK_OF[kase ?? 'nom'] ?? 'nom';
    const ru = RU_OF[kase ?? 'nom'] ?? 'nom';
    const term = (f: TermForms) => (lang === 'kk' ? f.kk(kk) : f.ru(ru));
    if (params && Object.prototype.hasOwnProperty.call(params, name)) {
      const v = params[name];
      if (v && typeof v === 'object') {
        const s = (v as Text)[lang];
        return s === undefined ? missing(raw) : lang === 'kk' ? kkCase(s, kk) : s;
      }
      return v === undefined || v === null ? missing(raw) : String(v);
    }
    const o = policy.operator;
    switch (name) {
      case 'operator': return term(op);
      case 'user': return term(user);
      case 'policy': return term(doc);
      case 'operator-name': {
        const n = o?.name?.[lang];
        if (!n) return missing(raw);
        return lang === 'kk' ? kkCase(n, kk, legalGeneric()) : n;
      }
      // the resource's defined term (Сайт / Интернет-ресурс / Платформа), as the text defines it
      case 'site': return term(site);
      case 'url': return policy.resource?.url ? link(policy.resource.url) : missing(raw);
      case 'email': {
        const e = o?.contacts?.email ?? policy.requests?.email;
        return e ? mail(e) : missing(raw);
      }
      case 'phone': return o?.contacts?.phone ?? missing(raw);
      case 'address': return o?.address?.[lang] ?? o?.contacts?.address?.[lang] ?? missing(raw);
      case 'bin': return o?.bin ?? o?.iin ?? missing(raw);
      case 'effective': return policy.effective ? date(policy.effective, lang, kase === 'attr' ? 'attr' : kk) : missing(raw);
      case 'version': return policy.version ?? missing(raw);
      default: return missing(raw);
    }
  };

  const fill = (s: string, lang: Lang, params?: Record<string, unknown>): Inline[] => {
    const uses = findPlaceholders(s);
    if (uses.length === 0) return [s];
    const parts: Part[] = [];
    let at = 0;
    for (const u of uses) {
      parts.push(s.slice(at, u.index), placeholder(u.name, u.kase, lang, u.raw, params));
      at = u.index + u.raw.length;
    }
    parts.push(s.slice(at));
    return inl(...parts);
  };

  return {
    policy, analysis, options, op, user, doc, site, label, date, sectionsWithClauses,
    dataLabel(id, lang) {
      const item = policy.data?.[id];
      if (!item) return id;
      const own = item.label?.[lang];
      if (own) return plain(fill(own, lang));
      const e = entry('data-categories', item.category);
      if (!e) return id;
      // an open list is a note for the author, not wording for the document
      return e['open-ended'] ? e[lang].replace(/\s*\([^()]*\)$/, '') : e[lang];
    },
    text(value, lang, params) {
      const s = value?.[lang];
      if (s === undefined) {
        const other = value?.[lang === 'kk' ? 'ru' : 'kk'];
        return [missing(other ? `[${MISSING_LABEL[lang]}] ${other}` : `[${MISSING_LABEL[lang]}]`)];
      }
      return fill(s, lang, params);
    },
    duration(d, lang) {
      return lang === 'kk' ? formatDurationKk({ ...d, words: true }) : formatDurationRu({ ...d, words: true });
    },
    within(d, lang) {
      return lang === 'kk' ? `${formatDurationKk({ ...d, words: true })} ішінде` : `в течение ${formatDurationRu({ ...d, words: true }, { case: 'gen' })}`;
    },
  };
}

/** How the text names the resource once defined: the policy's `resource.term`, else by kind: Сайт / Платформа / Қосымша (Приложение). */
export function siteTerm(kind: string | undefined, termId?: string): TermForms {
  const e = entry('resource-terms', termId ?? (kind === 'platform' ? 'platform' : kind === 'mobile-app' ? undefined : 'site'));
  if (e) return termForms(e.kk, (e['ru-forms'] as RuForms | undefined) ?? ruNoun(e.ru));
  if (kind === 'platform') return termForms('Платформа', ruNoun('Платформа'), 'f');
  if (kind === 'mobile-app') return termForms('Қосымша', ruNoun('Приложение'), 'n');
  return termForms('Сайт', ruNoun('Сайт'), 'm');
}

/** The preposition of place before the resource: «на Сайте», «на Платформе», «в Приложении». */
export const ruAt = (ctx: RenderContext) => (ctx.site.ruGender === 'n' ? 'в' : 'на');

/** Case forms of a Russian phrase for generated text (taxonomy labels have none). */
export const ruCase = (nom: string, kase: RuCase, forms?: Partial<Record<RuCase, string>>) => declineRu(ruNoun(nom, forms), kase);
