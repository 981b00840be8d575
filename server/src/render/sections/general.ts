// 1. General provisions: what the document is and under which law, who the operator is, who the user is.
import { inflectKk, possessive3Kk } from '../../lang/kazakh';
import type { RenderContext } from '../context';
import { inl, joinList, link, missing, type Part } from '../inline';
import { bi } from '../inline';
import { kkCase, ruAgree, ruThis } from '../terms';
import type { Inline, Lang } from '../types';
import { clause, KK_LAW, RU_LAW_TITLE, sentence, t, type GenClause, type SectionGenerator } from './common';

const KK_RESOURCE: Record<string, string> = { website: 'интернет-ресурс', platform: 'онлайн-платформа', 'mobile-app': 'мобильді қосымша' };
const RU_RESOURCE_GEN: Record<string, string> = { website: 'интернет-ресурса', platform: 'онлайн-платформы', 'mobile-app': 'мобильного приложения' };
const RU_APP_GEN: Record<string, string> = { mobile: 'мобильного приложения', android: 'приложения для Android', ios: 'приложения для iOS', desktop: 'компьютерной программы' };

/** Whether a name already carries its generic noun («… білім беру онлайн платформасы», «образовательная онлайн-платформа …»). */
const namesItsKind = (name: string) => /(^|\s)[а-яәғқңөұүһі-]{3,}$/u.test(name.replace(/\s*\([^()]*\)$/, '')) || /^[а-яё-]{3,}\s/u.test(name);

/** The resource in Kazakh, in a case: «https://example.kz/ интернет-ресурсын», «Birge Oqu» білім беру онлайн платформасын (https://…)». */
export function resourceKk(ctx: RenderContext, kase: 'nom' | 'gen' | 'acc' | 'loc' | 'dat'): Inline[] {
  const { main, note } = resourcePartsKk(ctx, kase);
  return note ? inl(main, ' (', note, ')') : main;
}

/** The resource in Kazakh and what follows it in parentheses (the address, when the name leads). */
function resourcePartsKk(ctx: RenderContext, kase: 'nom' | 'gen' | 'acc' | 'loc' | 'dat'): { main: Inline[]; note?: Inline[] } {
  const r = ctx.policy.resource;
  const generic = KK_RESOURCE[r?.kind ?? 'website'] ?? 'интернет-ресурс';
  const head = inflectKk(possessive3Kk(generic), kase, { possessive: true });
  const url: Part = r?.url ? link(r.url) : missing('[URL]');
  const name = r?.name?.kk;
  if (!name) return { main: inl(url, ' ', head) };
  // a name that ends in its own generic noun takes the ending itself; a bare brand gets the generic noun
  if (namesItsKind(name)) return { main: [kkCase(name, kase, generic)], note: inl(url) };
  return { main: inl(name, ' ', head), note: inl(url) };
}

/** The resource in Russian, in the genitive: «интернет-ресурса https://example.kz/», «онлайн-платформы 5Qbe (https://…)». */
export function resourceRuGen(ctx: RenderContext): Inline[] {
  const { main, note } = resourcePartsRu(ctx);
  return note ? inl(main, ' (', note, ')') : main;
}

function resourcePartsRu(ctx: RenderContext): { main: Inline[]; note?: Inline[] } {
  const r = ctx.policy.resource;
  const generic = RU_RESOURCE_GEN[r?.kind ?? 'website'] ?? 'интернет-ресурса';
  const url: Part = r?.url ? link(r.url) : missing('[URL]');
  const name = r?.name?.ru;
  if (!name) return { main: inl(generic, ' ', url) };
  // a name with its own generic noun cannot be put in the genitive safely: it follows in parentheses
  if (namesItsKind(name)) return { main: inl(generic, ' ', url), note: [name] };
  return { main: inl(generic, ' ', name), note: inl(url) };
}

function apps(ctx: RenderContext, lang: Lang): Inline[] {
  const list = ctx.policy.resource?.apps ?? [];
  if (!list.length) return [];
  if (lang === 'kk') {
    const names = list.map(a => [inflectKk(ctx.label('app-platforms', a, 'kk'), 'acc', { possessive: /сы$/.test(ctx.label('app-platforms', a, 'kk')) })]);
    return inl(', сондай-ақ ', joinList(names, ', ', ' және '));
  }
  return inl(', а также ', joinList(list.map(a => [RU_APP_GEN[a] ?? ctx.label('app-platforms', a, 'ru')]), ', ', ' и '));
}

function scope(ctx: RenderContext): GenClause {
  const kind = ctx.policy.kind;
  const kindKk = ctx.label('document-kinds', kind, 'kk') || 'құжат';
  const kindRu = ctx.label('document-kinds', kind, 'ru') || 'документ';
  const g = ctx.doc.ruGender;
  // «… платформасын (https://…, бұдан әрі — Сайт)»: the address and the defined term share a parenthesis
  const define = (parts: { main: Inline[]; note?: Inline[] }, more: Inline[], term: string, hence: string): Inline[] =>
    more.length ? inl(parts.main, parts.note ? inl(' (', parts.note, ')') : '', more, ` (${hence} — ${term})`)
      : inl(parts.main, ' (', parts.note ? inl(parts.note, ', ') : '', `${hence} — ${term})`);
  const kk = t`Осы ${kindKk} (бұдан әрі — ${ctx.doc.kk()}) ${KK_LAW} ${ctx.date('2013-05-21', 'kk', 'attr')} № 94-V ${inflectKk('Заңы', 'dat', { possessive: true })} (бұдан әрі — Заң) сәйкес әзірленді және ${define(resourcePartsKk(ctx, 'acc'), apps(ctx, 'kk'), ctx.site.kk(), 'бұдан әрі')} пайдалану кезінде дербес деректерді жинау, өңдеу және қорғау тәртібін айқындайды.`;
  const ru = t`${sentence([ruThis(g)])} ${kindRu} (далее — ${ctx.doc.ru()}) ${ruAgree(g, 'разработан')} в соответствии с Законом Республики Казахстан от ${ctx.date('2013-05-21', 'ru')} № 94-V ${RU_LAW_TITLE} (далее — Закон) и определяет порядок сбора, обработки и защиты персональных данных при использовании ${define(resourcePartsRu(ctx), apps(ctx, 'ru'), ctx.site.ru(), 'далее')}.`;
  return clause('scope', ['kind', 'resource'], bi(kk, ru));
}

function operator(ctx: RenderContext): GenClause | undefined {
  const o = ctx.policy.operator;
  if (!o) return undefined;
  const name = (lang: Lang): Part => o.name?.[lang] ?? missing(lang === 'kk' ? '[оператордың атауы]' : '[наименование оператора]');
  const id = o.bin ? { kk: `, БСН ${o.bin}`, ru: `, БИН ${o.bin}` } : o.iin ? { kk: `, ЖСН ${o.iin}`, ru: `, ИИН ${o.iin}` } : { kk: '', ru: '' };
  const address = (lang: Lang): Part[] => (o.address ? [lang === 'kk' ? ', заңды мекенжайы: ' : ', юридический адрес: ', ctx.text(o.address, lang)] : []);
  const kk = t`Дербес деректерді қамтитын базаның операторы — ${name('kk')} (бұдан әрі — ${ctx.op.kk()})${id.kk}${address('kk')}.`;
  const ru = t`Оператором базы, содержащей персональные данные, является ${name('ru')} (далее — ${ctx.op.ru()})${id.ru}${address('ru')}.`;
  return clause('operator', ['operator'], bi(kk, ru));
}

function user(ctx: RenderContext): GenClause {
  const kk = t`${ctx.user.kk()} — ${ctx.site.kk('acc')} пайдаланатын және өз дербес деректерін ${ctx.op.kk('dat')} ұсынатын жеке тұлға (дербес деректер субъектісі).`;
  const ru = t`${ctx.user.ru()} — физическое лицо, использующее ${ctx.site.ru('acc')} и предоставляющее свои персональные данные ${ctx.op.ru('dat')} (субъект персональных данных).`;
  return clause('user', ctx.policy.user ? ['user'] : ['operator'], bi(kk, ru));
}

export const general: SectionGenerator = ctx => [scope(ctx), operator(ctx), user(ctx)].filter((c): c is GenClause => c !== undefined);
