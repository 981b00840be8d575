// Final provisions: languages of the text (Law on Languages art. 15), public offer and adhesion
// contract (Civil Code art. 395 p. 5, art. 389 p. 1), entry into force.
import { bi, inl, joinList, link } from '../inline';
import { ruAgree } from '../terms';
import { clause, t, thisDoc, type GenClause, type SectionGenerator } from './common';

const KK_LANG: Record<string, string> = { kk: 'қазақ', ru: 'орыс', en: 'ағылшын' };
const RU_LANG: Record<string, [string, string]> = { kk: ['казахском', 'казахском'], ru: ['русском', 'русском'], en: ['английском', 'английском'] };

export const final: SectionGenerator = ctx => {
  const p = ctx.policy;
  const out: GenClause[] = [];
  const Doc = { kk: thisDoc(ctx, 'kk').replace(/^о/, 'О'), ru: thisDoc(ctx, 'ru').replace(/^н/, 'Н') };
  const g = ctx.doc.ruGender;
  if (p.languages?.length) {
    const langs = p.languages;
    const kkList = langs.map(l => KK_LANG[l] ?? l);
    const ruList = langs.map(l => RU_LANG[l]?.[0] ?? l);
    const join = (xs: string[], and: string) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}` : xs[0]);
    const kkLangs = `${join(kkList, 'және')} ${kkList.length > 1 ? 'тілдерінде' : 'тілінде'}`;
    const ruLangs = `на ${join(ruList, 'и')} ${ruList.length > 1 ? 'языках' : 'языке'}`;
    const prevailing = p.prevailing;
    out.push(clause('languages', [prevailing ? 'prevailing' : 'languages', 'languages'], bi(
      inl(`${Doc.kk} ${kkLangs} жасалды`, langs.length > 1 ? (prevailing ? `; мәтіндер арасында алшақтық болған жағдайда ${KK_LANG[prevailing] ?? prevailing} тіліндегі мәтін басым болады` : '; мәтіндердің заңдық күші бірдей') : '', '.'),
      inl(`${Doc.ru} ${ruAgree(g, 'составлен')} ${ruLangs}`, langs.length > 1 ? (prevailing ? `; при расхождении между текстами преимущественную силу имеет текст на ${RU_LANG[prevailing]?.[0] ?? prevailing} языке` : '; тексты имеют одинаковую юридическую силу') : '', '.'),
    )));
  }
  const a = p.acceptance;
  if (a?.['public-offer'] || a?.['adhesion-contract']) {
    const both = a['public-offer'] && a['adhesion-contract'];
    const kk = both
      ? t`${Doc.kk} Қазақстан Республикасы Азаматтық кодексінің 395-бабының 5-тармағына сәйкес жария оферта және 389-бабының 1-тармағына сәйкес қосылу шарты болып табылады.`
      : a['public-offer']
        ? t`${Doc.kk} Қазақстан Республикасы Азаматтық кодексінің 395-бабының 5-тармағына сәйкес жария оферта болып табылады.`
        : t`${Doc.kk} Қазақстан Республикасы Азаматтық кодексінің 389-бабының 1-тармағына сәйкес қосылу шарты болып табылады.`;
    const ru = both
      ? t`${Doc.ru} является публичной офертой в соответствии с пунктом 5 статьи 395 и договором присоединения в соответствии с пунктом 1 статьи 389 Гражданского кодекса Республики Казахстан.`
      : a['public-offer']
        ? t`${Doc.ru} является публичной офертой в соответствии с пунктом 5 статьи 395 Гражданского кодекса Республики Казахстан.`
        : t`${Doc.ru} является договором присоединения в соответствии с пунктом 1 статьи 389 Гражданского кодекса Республики Казахстан.`;
    out.push(clause('offer', [a['public-offer'] ? 'acceptance/public-offer' : 'acceptance/adhesion-contract'], bi(kk, ru)));
  }
  const published = p['published-at'];
  if (published) {
    out.push(clause('published-at', ['published-at'], bi(
      inl(`${ctx.doc.kk('gen')} қолданыстағы редакциясы `, link(published), ' мекенжайы бойынша жарияланған және үнемі қолжетімді.'),
      inl(`Действующая редакция ${ctx.doc.ru('gen')} опубликована по адресу `, link(published), ` и постоянно ${ctx.doc.ruGender === 'f' ? 'доступна' : 'доступно'}.`),
    )));
  }
  const refs = p['legal-references'] ?? [];
  if (refs.length) {
    const item = (r: (typeof refs)[number], lang: 'kk' | 'ru') => {
      const name = r['as-written'] ? ctx.text(r['as-written'], lang) : [ctx.label('acts', r.act, lang)];
      const arts = (r.articles ?? []).map(a => article(a, lang)).filter(Boolean);
      return arts.length ? inl(name, ` (${arts.join(', ')})`) : name;
    };
    out.push(clause('legal-references', ['legal-references'], bi(
      inl(`${Doc.kk} мынадай нормативтік құқықтық актілерге сілтеме жасайды: `, joinList(refs.map(r => item(r, 'kk')), '; '), '.'),
      inl(`${Doc.ru} содержит ссылки на следующие нормативные правовые акты: `, joinList(refs.map(r => item(r, 'ru')), '; '), '.'),
    )));
  }
  if (p.effective) {
    out.push(clause('effective', ['effective'], bi(
      t`${Doc.kk} ${ctx.date(p.effective, 'kk', 'abl')} бастап күшіне енеді.`,
      t`${Doc.ru} вступает в силу с ${ctx.date(p.effective, 'ru')}.`)));
  }
  return out;
};

/** «389.1» → «389-бабының 1-тармағы» / «пункт 1 статьи 389»; «8.4.7» → «8-бабы 4-тармағының 7) тармақшасы» / «подпункт 7) пункта 4 статьи 8». */
export function article(ref: string, lang: 'kk' | 'ru'): string {
  const [a, p, s] = ref.split('.');
  if (!a || !/^\d+(-\d+)?$/.test(a)) return ref;
  if (lang === 'kk') {
    if (s) return `${a}-бабы ${p}-тармағының ${s}) тармақшасы`;
    if (p) return `${a}-бабының ${p}-тармағы`;
    return `${a}-бабы`;
  }
  if (s) return `подпункт ${s}) пункта ${p} статьи ${a}`;
  if (p) return `пункт ${p} статьи ${a}`;
  return `статья ${a}`;
}
