// Rights of the data subject (Law 94-V art. 24) and how to exercise them: requests, channels and
// the operator's deadlines (art. 25 p. 2 subpara. 8; art. 8 p. 7).
import type { RenderContext } from '../context';
import { bi, inl, joinList, link, listBlocks, mail } from '../inline';
import type { Inline, Lang } from '../types';
import { clause, t, thisDoc, type GenClause, type SectionGenerator } from './common';

function requests(ctx: RenderContext): GenClause[] {
  const r = ctx.policy.requests;
  if (!r) return [];
  const out: GenClause[] = [];
  const url = ctx.policy.resource?.url;
  const channels = (lang: Lang) => (r.channels ?? []).map((c): Inline[] => {
    // «тек сайт арқылы»: the site as the text defines it, with its address
    if (c === 'website') return lang === 'kk' ? inl(`тек ${ctx.site.kk()} арқылы`, url ? inl(' (', link(url), ')') : '') : inl(`только через ${ctx.site.ru('acc')}`, url ? inl(' (', link(url), ')') : '');
    return [ctx.label('request-channels', c, lang)];
  });
  const where = (lang: Lang): Inline[] => {
    const parts: Inline[][] = [];
    if (r.email) parts.push(inl(lang === 'kk' ? 'электрондық пошта мекенжайы: ' : 'адрес электронной почты: ', mail(r.email)));
    if (r.address) parts.push(inl(lang === 'kk' ? 'пошталық мекенжайы: ' : 'почтовый адрес: ', ctx.text(r.address, lang)));
    return parts.length ? inl(' (', joinList(parts, '; '), ')') : [];
  };
  if (r.channels?.length || r.email || r.address) {
    out.push(clause('requests', ['requests/channels'], bi(
      inl(t`Өз құқықтарын іске асыруға байланысты өтініштерді, сондай-ақ ${thisDoc(ctx, 'kk')} бойынша ұсыныстар мен сұрақтарды ${ctx.user.kk()} ${ctx.op.kk('dat')} `, joinList(channels('kk'), ', ', ' не '), where('kk'), ' жібереді.'),
      inl(t`Обращения, связанные с реализацией своих прав, а также предложения и вопросы по ${thisDoc(ctx, 'ru', 'dat')} ${ctx.user.ru()} направляет ${ctx.op.ru('dat')} `, joinList(channels('ru'), ', ', ' либо '), where('ru'), '.'),
    )));
  }
  const d = (key: 'answer' | 'correction' | 'blocking' | 'destruction' | 'withdrawal', kk: (w: string) => Inline[], ru: (w: string) => Inline[]) => {
    const v = r[key];
    if (v) out.push(clause(`deadline-${key}`, [`requests/${key}`], bi(kk(ctx.within(v, 'kk')), ru(ctx.within(v, 'ru')))));
  };
  d('answer',
    w => t`${ctx.op.kk()} ${ctx.user.kk('gen')} өтінішіне ${w} жауап береді.`,
    w => t`${ctx.op.ru()} отвечает на обращение ${ctx.user.ru('gen')} ${w}.`);
  d('correction',
    w => t`Растайтын құжаттар негізінде дербес деректерді өзгерту немесе толықтыру туралы талап ${w} орындалады.`,
    w => t`Требование об изменении или дополнении персональных данных на основании подтверждающих документов исполняется ${w}.`);
  d('blocking',
    w => t`Дербес деректерді жинау, өңдеу шарттарының бұзылғаны туралы ақпарат болған кезде дербес деректер ${w} бұғатталады.`,
    w => t`При наличии информации о нарушении условий сбора, обработки персональных данных они блокируются ${w}.`);
  d('destruction',
    w => t`Заңсыз жиналған немесе өңделген дербес деректер бұл факт расталған күннен бастап ${w} жойылады.`,
    w => t`Персональные данные, собранные или обработанные незаконно, уничтожаются ${w} со дня подтверждения этого факта.`);
  d('withdrawal',
    w => t`Келісім кері қайтарып алынған жағдайда ${ctx.op.kk()} ${w} дербес деректерді өңдеуді тоқтатады не уәжді бас тарту жібереді.`,
    w => t`В случае отзыва согласия ${ctx.op.ru()} ${w} прекращает обработку персональных данных либо направляет мотивированный отказ.`);
  return out;
}

export const rights: SectionGenerator = ctx => {
  const out: GenClause[] = [];
  const list = ctx.policy.rights ?? [];
  if (list.length) {
    const items = (lang: Lang) => list.map(r => [ctx.label('rights', r, lang)]);
    out.push({
      key: 'list', paths: ['rights'], body: {
        kk: listBlocks(t`${ctx.user.kk()} Заңға сәйкес мыналарға құқылы:`, items('kk')),
        ru: listBlocks(t`${ctx.user.ru()} в соответствии с Законом имеет право:`, items('ru')),
      },
    });
    if (list.includes('refuse-provision')) {
      out.push(clause('refusal', ['rights'], bi(
        t`Дербес деректерді беруден бас тартқан жағдайда ${ctx.user.kk()} ${ctx.site.kk('gen')} кейбір қызметтеріне қол жеткізе алмауы мүмкін.`,
        t`При отказе от предоставления персональных данных ${ctx.user.ru()} может не получить доступ к отдельным услугам ${ctx.site.ru('gen')}.`)));
    }
  }
  return [...out, ...requests(ctx)];
};
