// Transfer to third parties (Law 94-V art. 7 p. 6, art. 9, art. 19), processors acting for the
// operator, and cross-border transfer (art. 16; art. 8 p. 4 subpara. 5).
import type { RenderContext } from '../context';
import { bi, inl, joinList } from '../inline';
import { inflectKk } from '../../lang/kazakh';
import { kkCase } from '../terms';
import type { Inline, Lang } from '../types';
import { clause, consentPredicate, countriesNote, countryList, dataList, t, type GenClause, type SectionGenerator } from './common';

/** Recipients whose Kazakh label ends in a possessive (құқық қорғау органдары → органдарына). */
const KK_POSSESSIVE = new Set(['law-enforcement', 'other-users', 'local-self-government']);

/** Russian dative of the recipient labels («передает государственным органам»). */
const RU_DAT: Record<string, string> = {
  'state-bodies': 'государственным органам',
  'education-body': 'уполномоченному органу в области образования',
  'local-executive': 'местным исполнительным органам',
  'law-enforcement': 'правоохранительным органам',
  'payment-provider': 'поставщикам платежных услуг',
  bank: 'банку второго уровня',
  hosting: 'хостинг-провайдеру',
  partners: 'партнерам',
  'advertising-partners': 'рекламным партнерам',
  'other-users': 'другим пользователям платформы',
  public: 'в общедоступные источники',
  'third-parties': 'третьим лицам',
  'foreign-recipient': 'получателю в иностранном государстве',
  'local-self-government': 'органам местного самоуправления',
  successor: 'правопреемнику (при реорганизации оператора)',
};

type Transfer = NonNullable<RenderContext['policy']['transfers']>[number];

function recipient(ctx: RenderContext, tr: Transfer, lang: Lang): Inline[] {
  const named = tr.name ? ctx.text(tr.name, lang) : tr.processor ? [ctx.policy.processors?.[tr.processor]?.name ?? tr.processor] : undefined;
  const countries = countryList(ctx, tr.countries, lang);
  const extra = [named, countries ? [countries] : undefined].filter((x): x is Inline[] => !!x);
  const note = extra.length ? inl(' (', joinList(extra, '; '), ')') : [];
  if (lang === 'kk') {
    const label = ctx.label('recipient-kinds', tr.to, 'kk');
    const dat = KK_POSSESSIVE.has(tr.to ?? '') ? safeInflect(label) : kkCase(label, 'dat');
    return inl(dat, note);
  }
  return inl(RU_DAT[tr.to ?? ''] ?? `получателю «${ctx.label('recipient-kinds', tr.to, 'ru')}»`, note);
}

function safeInflect(label: string): string {
  // a possessive label takes the pronominal н before the dative (органдарына, пайдаланушыларына)
  try {
    return inflectKk(label, 'dat', { possessive: true });
  } catch {
    return kkCase(label, 'dat');
  }
}

function basisPhrase(ctx: RenderContext, tr: Transfer, lang: Lang): string {
  switch (tr.basis) {
    case 'consent': return lang === 'kk' ? `${ctx.user.kk('gen')} келісімімен` : `с согласия ${ctx.user.ru('gen')}`;
    case 'law': return lang === 'kk' ? 'Заңның 9-бабында көзделген жағдайларда' : 'в случаях, предусмотренных статьей 9 Закона';
    case 'contract': return lang === 'kk' ? 'келісімді орындау үшін' : 'для исполнения соглашения';
    case 'without-consent': return lang === 'kk' ? `${ctx.user.kk('gen')} келісімінсіз` : `без согласия ${ctx.user.ru('gen')}`;
    default: return '';
  }
}

function transfer(ctx: RenderContext, tr: Transfer, i: number): GenClause {
  const purposes = (lang: Lang) => (tr.purposes ?? []).map(id => {
    const p = ctx.policy.purposes?.[id];
    return p?.description ? ctx.text(p.description, lang) : [ctx.label('purpose-categories', p?.category, lang) || id];
  });
  // when or on what condition: an adverbial or a whole clause, so it stands in parentheses
  const condition = (lang: Lang): Inline[] => (tr.condition ? inl(lang === 'kk' ? (tr.to === 'public' ? ' (шарты: ' : ' (беру шарты: ') : tr.to === 'public' ? ' (условие: ' : ' (условие передачи: ', ctx.text(tr.condition, lang), ')') : []);
  const kkPurposes = purposes('kk');
  const ruPurposes = purposes('ru');
  const kkBasis = basisPhrase(ctx, tr, 'kk');
  const ruBasis = basisPhrase(ctx, tr, 'ru');
  if (tr.to === 'public') {
    // publicly available sources are not a recipient one gives data to: data are placed there
    const place = (lang: Lang, basis: string) => lang === 'kk'
      ? inl(ctx.op.kk(), basis ? ` ${basis}` : '', tr.data?.length ? inl(' мынадай дербес деректерді: ', dataList(ctx, tr.data, 'kk'), ' —') : ' дербес деректерді', ' жалпыға бірдей қолжетімді дереккөздерде орналастырады', kkPurposes.length ? inl(' (мақсаттары: ', joinList(kkPurposes), ')') : '', tr.consent ? `; бұған ${consentPredicate(ctx, tr.consent, 'kk')}` : '', condition('kk'), '.')
      : inl(ctx.op.ru(), ' размещает ', tr.data?.length ? inl('следующие персональные данные: ', dataList(ctx, tr.data, 'ru'), ' —') : 'персональные данные', ' в общедоступных источниках', basis ? ` ${basis}` : '', ruPurposes.length ? inl(' (цели: ', joinList(ruPurposes), ')') : '', tr.consent ? `; на это ${consentPredicate(ctx, tr.consent, 'ru')}` : '', condition('ru'), '.');
    return clause(`transfer-${tr.to}-${i}`, [`transfers/${i}`], bi(place('kk', kkBasis), place('ru', ruBasis)));
  }
  const kk = inl(
    ctx.op.kk(), ' ', recipient(ctx, tr, 'kk'), kkBasis ? ` ${kkBasis}` : '',
    tr.data?.length ? inl(' мынадай дербес деректерді береді: ', dataList(ctx, tr.data, 'kk')) : ' дербес деректерді береді',
    kkPurposes.length ? inl(' (мақсаттары: ', joinList(kkPurposes), ')') : '',
    tr.consent ? `; беруге ${consentPredicate(ctx, tr.consent, 'kk')}` : '',
    tr.notice ? inl('; деректердің берілгені туралы ', ctx.user.kk(), ' ', ctx.within(tr.notice, 'kk'), ' хабардар етіледі') : '',
    condition('kk'),
    '.',
  );
  const ru = tr.data?.length
    ? inl(
      ctx.op.ru(), ' передает ', recipient(ctx, tr, 'ru'), ruBasis ? ` ${ruBasis}${tr.basis === 'law' ? ',' : ''}` : '',
      ' следующие персональные данные: ', dataList(ctx, tr.data, 'ru'),
      ruPurposes.length ? inl(' (цели: ', joinList(ruPurposes), ')') : '',
      tr.consent ? `; на передачу ${consentPredicate(ctx, tr.consent, 'ru')}` : '',
      tr.notice ? inl('; ', ctx.user.ru(), ' уведомляется о передаче ', ctx.within(tr.notice, 'ru')) : '',
      condition('ru'),
      '.')
    : inl(
      ctx.op.ru(), ' передает персональные данные ', recipient(ctx, tr, 'ru'), ruBasis ? ` ${ruBasis}` : '',
      ruPurposes.length ? inl(' (цели: ', joinList(ruPurposes), ')') : '',
      tr.consent ? `; на передачу ${consentPredicate(ctx, tr.consent, 'ru')}` : '',
      tr.notice ? inl('; ', ctx.user.ru(), ' уведомляется о передаче ', ctx.within(tr.notice, 'ru')) : '',
      condition('ru'),
      '.');
  return clause(`transfer-${tr.to ?? i}-${i}`, [`transfers/${i}`], bi(kk, ru));
}

function processors(ctx: RenderContext): GenClause[] {
  const ids = Object.keys(ctx.policy.processors ?? {});
  if (!ids.length) return [];
  const item = (id: string, lang: Lang): Inline[] => {
    const p = ctx.policy.processors![id];
    const service = ctx.label('processor-services', p.service, lang);
    const country = p.country ? ctx.label('countries', p.country, lang) : '';
    return inl(p.name ?? id, ' — ', service, country ? ` (${country})` : '', p.data?.length ? inl(lang === 'kk' ? '; деректер: ' : '; данные: ', dataList(ctx, p.data, lang)) : '');
  };
  const children = ids.map(id => clause(`processor-${id}`, [`processors/${id}`], bi(inl(item(id, 'kk'), '.'), inl(item(id, 'ru'), '.'))));
  return [clause('processors', ['processors'], bi(
    t`${ctx.op.kk()} ${ctx.op.kk('gen')} тапсырмасы бойынша дербес деректерді өңдейтін мынадай сервистерді пайдаланады:`,
    t`${ctx.op.ru()} использует следующие сервисы, обрабатывающие персональные данные по поручению ${ctx.op.ru('gen')}:`,
  ), children)];
}

function crossBorder(ctx: RenderContext): GenClause[] {
  const cb = ctx.policy['cross-border'];
  if (!cb || cb.occurs === 'unspecified' || cb.occurs === undefined) return [];
  if (cb.occurs === 'no') {
    return [clause('cross-border', ['cross-border'], bi(
      t`Дербес деректерді трансшекаралық беру жүзеге асырылмайды.`,
      t`Трансграничная передача персональных данных не осуществляется.`,
    ))];
  }
  return [clause('cross-border', ['cross-border'], bi(
    inl('Дербес деректерді өңдеу барысында оларды трансшекаралық беру жүзеге асырылады', countriesNote(ctx, cb.countries, 'kk'), cb.consent ? `; трансшекаралық беруге ${consentPredicate(ctx, cb.consent, 'kk')}` : '', '.'),
    inl('В процессе обработки персональных данных осуществляется их трансграничная передача', countriesNote(ctx, cb.countries, 'ru'), cb.consent ? `; на трансграничную передачу ${consentPredicate(ctx, cb.consent, 'ru')}` : '', '.'),
  ))];
}

export const transfers: SectionGenerator = ctx => {
  const list = ctx.policy.transfers;
  const out: GenClause[] = [];
  if (list) {
    out.push(list.length
      ? clause('principle', ['transfers'], bi(
        t`${ctx.op.kk()} дербес деректерді үшінші тұлғаларға ${ctx.user.kk('gen')} келісімімен не Заңда көзделген жағдайларда ғана береді.`,
        t`${ctx.op.ru()} передает персональные данные третьим лицам только с согласия ${ctx.user.ru('gen')} либо в случаях, предусмотренных Законом.`))
      : clause('principle', ['transfers'], bi(
        t`${ctx.op.kk()} Заңда көзделген жағдайларды қоспағанда, дербес деректерді үшінші тұлғаларға бермейді.`,
        t`${ctx.op.ru()} не передает персональные данные третьим лицам, за исключением случаев, предусмотренных Законом.`)));
    list.forEach((tr, i) => out.push(transfer(ctx, tr, i)));
  }
  return [...out, ...processors(ctx), ...crossBorder(ctx)];
};
