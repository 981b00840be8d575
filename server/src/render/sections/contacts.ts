// Contacts: the operator's details and the person responsible for organising processing (art. 25 p. 2 subpara. 10).
import type { RenderContext } from '../context';
import { bi, inl, joinList, link, listBlocks, mail } from '../inline';
import type { Inline, Lang } from '../types';
import { clause, t, type GenClause, type SectionGenerator } from './common';

type Contacts = NonNullable<NonNullable<RenderContext['policy']['operator']>['contacts']>;

function contactItems(ctx: RenderContext, c: Contacts | undefined, lang: Lang): Inline[][] {
  const out: Inline[][] = [];
  if (c?.email) out.push(inl(lang === 'kk' ? 'электрондық пошта: ' : 'электронная почта: ', mail(c.email)));
  if (c?.phone) out.push([(lang === 'kk' ? 'телефон: ' : 'телефон: ') + c.phone]);
  if (c?.address) out.push(inl(lang === 'kk' ? 'пошталық мекенжайы: ' : 'почтовый адрес: ', ctx.text(c.address, lang)));
  if (c?.website) out.push(inl(lang === 'kk' ? 'веб-сайт: ' : 'веб-сайт: ', link(c.website)));
  return out;
}

const RESPONSIBLE = { kk: 'дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға', ru: 'лицо, ответственное за организацию обработки персональных данных' };

export const contacts: SectionGenerator = ctx => {
  const out: GenClause[] = [];
  const o = ctx.policy.operator;
  if (o) {
    const items = (lang: Lang): Inline[][] => {
      const list: Inline[][] = [];
      if (o.name) list.push(inl(lang === 'kk' ? 'атауы: ' : 'наименование: ', ctx.text(o.name, lang)));
      if (o.bin) list.push([(lang === 'kk' ? 'БСН: ' : 'БИН: ') + o.bin]);
      else if (o.iin) list.push([(lang === 'kk' ? 'ЖСН: ' : 'ИИН: ') + o.iin]);
      if (o.address) list.push(inl(lang === 'kk' ? 'заңды мекенжайы: ' : 'юридический адрес: ', ctx.text(o.address, lang)));
      list.push(...contactItems(ctx, o.contacts, lang));
      return list;
    };
    out.push({
      key: 'operator', paths: ['operator/contacts', 'operator'], body: {
        kk: listBlocks(t`${ctx.op.kk('gen')} деректемелері мен байланыс деректері:`, items('kk')),
        ru: listBlocks(t`Реквизиты и контактные данные ${ctx.op.ru('gen')}:`, items('ru')),
      },
    });
  }
  const r = ctx.policy['responsible-person'];
  if (r) {
    const named = (lang: Lang) => {
      const name = ctx.text(r.name, lang);
      const plainName = name.map(x => (typeof x === 'string' ? x : x.text)).join('').trim().toLowerCase();
      return plainName === RESPONSIBLE[lang] ? [] : name;
    };
    const reach = (lang: Lang) => {
      const items = contactItems(ctx, r.contacts, lang);
      return items.length ? inl(' (', joinList(items, '; '), ')') : [];
    };
    const kkName = named('kk');
    const ruName = named('ru');
    out.push(clause('responsible', ['responsible-person'], bi(
      kkName.length
        ? inl(t`${ctx.op.kk()} дербес деректерді өңдеуді ұйымдастыруға жауапты тұлғаны тағайындады: `, kkName, reach('kk'), '.')
        : inl(t`${ctx.op.kk()} дербес деректерді өңдеуді ұйымдастыруға жауапты тұлғаны тағайындады`, reach('kk'), '.'),
      ruName.length
        ? inl(t`${ctx.op.ru('ins')} назначено лицо, ответственное за организацию обработки персональных данных: `, ruName, reach('ru'), '.')
        : inl(t`${ctx.op.ru('ins')} назначено лицо, ответственное за организацию обработки персональных данных`, reach('ru'), '.'),
    )));
  }
  return out;
};
