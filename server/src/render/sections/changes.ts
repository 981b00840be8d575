// Changes to the document: who may change it, how users learn of it, when changes take effect.
import { bi, inl } from '../inline';
import { ruAgree } from '../terms';
import { clause, t, thisDoc, type GenClause, type SectionGenerator } from './common';

export const changes: SectionGenerator = ctx => {
  const c = ctx.policy.changes;
  if (!c) return [];
  const out: GenClause[] = [];
  const docDatKk = thisDoc(ctx, 'kk', 'dat');
  if (c.unilateral !== undefined) {
    out.push(clause('unilateral', ['changes/unilateral'], c.unilateral
      ? bi(t`${ctx.op.kk()} ${docDatKk} біржақты тәртіппен өзгерістер енгізуге құқылы.`, t`${ctx.op.ru()} вправе в одностороннем порядке вносить изменения в ${thisDoc(ctx, 'ru', 'acc')}.`)
      : bi(t`${docDatKk.replace(/^о/, 'О')} өзгерістер ${ctx.user.kk('gen')} келісімімен енгізіледі.`, t`Изменения в ${thisDoc(ctx, 'ru', 'acc')} вносятся с согласия ${ctx.user.ru('gen')}.`)));
  }
  const site = { kk: ctx.site.kk('loc'), ru: `${ctx.site.ruGender === 'n' ? 'в' : 'на'} ${ctx.site.ru('prep')}` };
  switch (c.notice) {
    case 'none':
      out.push(clause('notice', ['changes/notice'], bi(
        t`Өзгерістер ${ctx.user.kk('acc')} арнайы хабардар етпей енгізіледі; ${ctx.doc.kk('gen')} жаңа редакциясы ${site.kk} орналастырылады.`,
        t`Изменения вносятся без специального уведомления ${ctx.user.ru('gen')}; новая редакция ${ctx.doc.ru('gen')} размещается ${site.ru}.`)));
      break;
    case 'publication':
      out.push(clause('notice', ['changes/notice'], bi(
        t`${ctx.doc.kk('gen')} жаңа редакциясы ${site.kk} жарияланады.`,
        t`Новая редакция ${ctx.doc.ru('gen')} публикуется ${site.ru}.`)));
      break;
    case 'email':
      out.push(clause('notice', ['changes/notice'], bi(
        t`Өзгерістер туралы ${ctx.user.kk()} электрондық пошта арқылы хабардар етіледі.`,
        t`${ctx.user.ru()} уведомляется об изменениях по электронной почте.`)));
      break;
    case 'in-app':
      out.push(clause('notice', ['changes/notice'], bi(
        t`Өзгерістер туралы ${ctx.user.kk()} ${site.kk} хабарлама арқылы хабардар етіледі.`,
        t`${ctx.user.ru()} уведомляется об изменениях сообщением ${site.ru}.`)));
      break;
    default:
      break;
  }
  const period = c['notice-period'];
  if (c['on-publication']) {
    out.push(clause('effect', ['changes/on-publication'], bi(
      t`${ctx.doc.kk('gen')} жаңа редакциясы ${site.kk} орналастырылған сәттен бастап күшіне енеді.`,
      t`Новая редакция ${ctx.doc.ru('gen')} вступает в силу с момента ее размещения ${site.ru}.`)));
  } else if (period) {
    out.push(clause('effect', ['changes/notice-period'], bi(
      inl('Өзгерістер хабарланған күннен бастап ', ctx.duration(period, 'kk'), ' өткен соң күшіне енеді.'),
      inl('Изменения вступают в силу по истечении ', ctx.within(period, 'ru').replace(/^в течение /, ''), ' со дня уведомления.'))));
  }
  if (c['continued-use']) {
    out.push(clause('continued-use', ['changes/continued-use'], bi(
      t`Жаңа редакция жарияланғаннан кейін ${ctx.site.kk('acc')} пайдалануды жалғастыру ${ctx.user.kk('gen')} өзгерістерді қабылдағанын білдіреді.`,
      t`Продолжение использования ${ctx.site.ru('gen')} после опубликования новой редакции означает принятие ${ctx.user.ru('ins')} изменений.`)));
  }
  if (c['user-must-check']) {
    const its = ctx.doc.ruGender === 'f' ? 'ее' : 'его';
    out.push(clause('user-must-check', ['changes/user-must-check'], bi(
      t`${ctx.user.kk()} ${ctx.doc.kk('dat')} енгізілген өзгерістерді жаңа редакциясымен танысу арқылы өзі қадағалауға міндетті.`,
      t`${ctx.user.ru()} ${ruAgree(ctx.user.ruGender, 'обязан')} самостоятельно отслеживать изменения ${ctx.doc.ru('gen')}, знакомясь с ${its} новой редакцией.`)));
  }
  if (c['fresh-consent']) {
    out.push(clause('fresh-consent', ['changes/fresh-consent'], bi(
      t`Өңдеу мақсаттары өзгерген жағдайда ${ctx.op.kk()} ${ctx.user.kk('abl')} жаңа келісім алады.`,
      t`При изменении целей обработки ${ctx.op.ru()} получает новое согласие ${ctx.user.ru('gen')}.`)));
  }
  return out;
};
