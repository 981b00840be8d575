// What section generators share: the clause they return and the phrases several sections use
// (periods, consent forms, lists of data, countries).
import type { RenderContext } from '../context';
import type { Bi, Block, Inline, Lang } from '../types';
import { inl, joinList, t } from '../inline';
import { ruThis } from '../terms';
import type { Duration, Text } from '../../schema/types';

/** A clause a section generator produces; tree.ts numbers it, gives it its id and its source ranges. */
export interface GenClause {
  /** unique within the section, stable across edits */
  key: string;
  /** model paths the clause states */
  paths: string[];
  title?: Bi<Inline[]>;
  body: Bi<Block[]>;
  children?: GenClause[];
}

export type SectionGenerator = (ctx: RenderContext) => GenClause[];

export function clause(key: string, paths: string[], body: Bi<Block[]>, children?: GenClause[]): GenClause {
  return children?.length ? { key, paths, body, children } : { key, paths, body };
}

export interface TermValue { until?: string; period?: Duration; note?: Text }

/** «өңдеу мақсаттарына қол жеткізілгенге дейін» / «до достижения целей обработки»; a fixed period in words. */
export function termPhrase(ctx: RenderContext, term: TermValue, lang: Lang): Inline[] {
  const KK: Record<string, string> = {
    'purpose-achieved': 'өңдеу мақсаттарына қол жеткізілгенге дейін',
    'account-deleted': 'есептік жазба жойылғанға дейін',
    'contract-end': 'келісімнің қолданылу мерзімі аяқталғанға дейін',
    'consent-withdrawn': 'келісім кері қайтарып алынғанға дейін',
    unlimited: 'мерзімі шектелмей',
  };
  const RU: Record<string, string> = {
    'purpose-achieved': 'до достижения целей обработки',
    'account-deleted': 'до удаления учетной записи',
    'contract-end': 'до прекращения действия соглашения',
    'consent-withdrawn': 'до отзыва согласия',
    unlimited: 'без ограничения срока',
  };
  let main: string;
  if (term.until === 'period' || (term.until === undefined && term.period)) {
    main = term.period ? ctx.within(term.period, lang) : lang === 'kk' ? 'белгіленген мерзім ішінде' : 'в течение установленного срока';
  } else {
    main = (lang === 'kk' ? KK : RU)[term.until ?? ''] ?? ctx.label('term-criteria', term.until, lang);
    if (term.period) main += lang === 'kk' ? `, бірақ ${ctx.duration(term.period, 'kk')} аспайтын мерзімде` : `, но не более ${ruNotMore(ctx, term.period)}`;
  }
  return term.note ? inl(main, ' (', ctx.text(term.note, lang), ')') : [main];
}

function ruNotMore(ctx: RenderContext, d: Duration): string {
  // «не более 3 (трех) лет»: the genitive
  return ctx.within(d, 'ru').replace(/^в течение /, '');
}

/**
 * How consent is given, as the predicate of «{to what} …»:
 * kk «Трансшекаралық беруге жеке келісім алынады», ru «На трансграничную передачу запрашивается отдельное согласие».
 */
export function consentPredicate(ctx: RenderContext, form: string | undefined, lang: Lang): string {
  const docKk = ctx.doc.kk('acc');
  const docRu = `${ruThis(ctx.doc.ruGender, 'gen')} ${ctx.doc.ru('gen')}`;
  switch (form) {
    case 'separate': return lang === 'kk' ? 'жеке келісім алынады' : 'запрашивается отдельное согласие';
    case 'bundled': return lang === 'kk' ? `келісім осы ${docKk} қабылдаумен бірге беріледі` : `согласие дается вместе с принятием ${docRu}`;
    case 'none': return lang === 'kk' ? 'келісім алынбайды' : 'согласие не запрашивается';
    case 'not-required': return lang === 'kk' ? 'Заңға сәйкес келісім талап етілмейді' : 'согласие не требуется в соответствии с Законом';
    default: return ctx.label('consent-forms', form, lang);
  }
}

/** The labels of data items, joined: «тегі, аты, әкесінің аты (бар болса), электрондық пошта мекенжайы». */
export function dataList(ctx: RenderContext, ids: readonly string[], lang: Lang): Inline[] {
  return joinList(ids.map(id => [ctx.dataLabel(id, lang)]));
}

/** Country names: «(Америка Құрама Штаттары, Германия Федеративтік Республикасы)». */
export function countryList(ctx: RenderContext, ids: readonly string[] | undefined, lang: Lang): string {
  return (ids ?? []).map(id => ctx.label('countries', id, lang)).join(', ');
}

/** « (мемлекеттер: …)» / « (государства: …)», or nothing. */
export function countriesNote(ctx: RenderContext, ids: readonly string[] | undefined, lang: Lang): string {
  const list = countryList(ctx, ids, lang);
  return list ? (lang === 'kk' ? ` (мемлекеттер: ${list})` : ` (государства: ${list})`) : '';
}

/** «осы Саясат» / «настоящая Политика» in a case. */
export function thisDoc(ctx: RenderContext, lang: Lang, kase: 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'prep' | 'loc' | 'abl' = 'nom'): string {
  if (lang === 'kk') return `осы ${ctx.doc.kk(kase === 'prep' ? 'loc' : kase)}`;
  const ru = kase === 'loc' ? 'prep' : kase === 'abl' ? 'gen' : kase;
  return `${ruThis(ctx.doc.ruGender, ru)} ${ctx.doc.ru(ru)}`;
}

export const KK_LAW = '«Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының';
export const RU_LAW_TITLE = '«О персональных данных и их защите»';

/** Sentence helper: capitalises the first letter of the first run. */
export function sentence(runs: Inline[]): Inline[] {
  const [first, ...rest] = runs;
  if (typeof first === 'string' && first.length) return [first[0].toUpperCase() + first.slice(1), ...rest];
  return runs;
}

export { t, inl };
