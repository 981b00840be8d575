// Consent to collection and processing (Law 94-V art. 7–8): how it is given, when, for how long,
// and by whom for a minor.
import { pluralRu } from '../../lang/russian';
import { ruAt, type RenderContext } from '../context';
import { bi, inl } from '../inline';
import { ruAgree } from '../terms';
import { clause, t, termPhrase, thisDoc, type GenClause, type SectionGenerator } from './common';

function method(ctx: RenderContext): GenClause | undefined {
  const a = ctx.policy.acceptance;
  if (!a?.method) return undefined;
  const u = ctx.user;
  const at = `${ruAt(ctx)} ${ctx.site.ru('prep')}`;
  const give = { kk: `${u.kk()} дербес деректерін жинауға және өңдеуге келісімін`, ru: `${u.ru()} дает согласие на сбор и обработку персональных данных` };
  const paths = ['acceptance/method'];
  switch (a.method) {
    case 'explicit-checkbox':
      return clause('method', paths, bi(
        t`${give.kk} ${ctx.site.kk('loc')} тіркелу кезінде алдын ала белгіленбеген жеке белгіні қою арқылы береді; келісімнің берілгені тіркеледі.`,
        t`${give.ru} при регистрации ${at}, проставляя отдельную, изначально не проставленную отметку; факт дачи согласия фиксируется.`));
    case 'otp':
      return clause('method', paths, bi(
        t`${give.kk} бір реттік кодпен растау (цифрлық растау) арқылы береді; келісімнің берілгені тіркеледі.`,
        t`${give.ru} путем подтверждения одноразовым кодом (цифровое подтверждение); факт дачи согласия фиксируется.`));
    case 'signature':
      return clause('method', paths, bi(
        t`${give.kk} жазбаша түрде немесе электрондық цифрлық қолтаңбамен береді.`,
        t`${give.ru} в письменной форме или посредством электронной цифровой подписи.`));
    case 'state-service':
      return clause('method', paths, bi(
        t`${give.kk} дербес деректерге қол жеткізуді мемлекеттік бақылау сервисі арқылы береді.`,
        t`${give.ru} через государственный сервис контроля доступа к персональным данным.`));
    case 'registration':
      return clause('method', paths, bi(
        t`${ctx.site.kk('loc')} тіркеле отырып, ${u.kk()} ${thisDoc(ctx, 'kk', 'acc')} қабылдайды және өз дербес деректерін жинауға және өңдеуге келісім береді.`,
        t`Регистрируясь ${at}, ${u.ru()} принимает ${thisDoc(ctx, 'ru', 'acc')} и дает согласие на сбор и обработку своих персональных данных.`));
    case 'site-use':
      return clause('method', paths, bi(
        t`${ctx.site.kk('gen')} беттеріне кіру және оны пайдалану ${u.kk('gen')} ${thisDoc(ctx, 'kk', 'ins')} және өз дербес деректерін өңдеу шарттарымен келісетінін білдіреді; бұл ретте ${thisDoc(ctx, 'kk')} автоматты түрде қабылданған болып саналады.`,
        t`Посещение страниц ${ctx.site.ru('gen')} и ${ctx.site.ruGender === 'f' ? 'ее' : 'его'} использование означают согласие ${u.ru('gen')} с ${thisDoc(ctx, 'ru', 'ins')} и условиями обработки его персональных данных; при этом ${thisDoc(ctx, 'ru')} считается ${ctx.doc.ruGender === 'f' ? 'принятой' : 'принятым'} автоматически.`));
    default:
      return undefined;
  }
}

function minors(ctx: RenderContext): GenClause[] {
  const m = ctx.policy.minors;
  if (!m) return [];
  const out: GenClause[] = [];
  if (!m.served) {
    out.push(clause('minors', ['minors/served'], bi(
      t`${ctx.site.kk()} кәмелетке толмағандарға арналмаған.`,
      t`${ctx.site.ru()} не ${ruAgree(ctx.site.ruGender, 'предназначен')} для несовершеннолетних.`)));
    return out;
  }
  const age = m['min-age'];
  if (age !== undefined) {
    out.push(clause('min-age', ['minors/min-age'], bi(
      t`${ctx.site.kk("acc")} ${String(age)} жасқа толған тұлғалар пайдалана алады.`,
      t`${ctx.site.ru('ins')} могут пользоваться лица, достигшие ${String(age)} ${pluralRu(age, ['года', 'лет', 'лет'])}.`)));
  }
  if (m['guardian-consent']) {
    out.push(clause('guardian-consent', ['minors/guardian-consent'], bi(
      t`Кәмелетке толмаған ${ctx.user.kk('gen')} дербес деректерін жинауға және өңдеуге келісімді оның заңды өкілі (ата-анасы немесе қамқоршысы) береді.`,
      t`Согласие на сбор и обработку персональных данных несовершеннолетнего ${ctx.user.ru('gen')} дает его законный представитель (родитель или опекун).`)));
  } else if (age === undefined) {
    out.push(clause('minors', ['minors/served'], bi(
      t`${ctx.site.kk('acc')} кәмелетке толмағандар да пайдаланады.`,
      t`${ctx.site.ru('ins')} пользуются в том числе несовершеннолетние.`)));
  }
  return out;
}

export const consent: SectionGenerator = ctx => {
  const a = ctx.policy.acceptance;
  const out: GenClause[] = [];
  const m = method(ctx);
  if (m) out.push(m);
  if (a?.['before-registration']) {
    out.push(clause('before-registration', ['acceptance/before-registration'], bi(
      t`Тіркеу аяқталғанға дейін ${ctx.user.kk('dat')} ${thisDoc(ctx, 'kk', 'ins')} танысу мүмкіндігі беріледі.`,
      t`До завершения регистрации ${ctx.user.ru('dat')} предоставляется возможность ознакомиться с ${thisDoc(ctx, 'ru', 'ins')}.`)));
  }
  if (a?.term) {
    out.push(clause('term', ['acceptance/term'], bi(
      inl('Келісім ', termPhrase(ctx, a.term, 'kk'), ' қолданылады.'),
      inl('Согласие действует ', termPhrase(ctx, a.term, 'ru'), '.'))));
  }
  if (a?.unconditional) {
    out.push(clause('unconditional', ['acceptance/unconditional'], bi(
      t`${ctx.user.kk('gen')} ${thisDoc(ctx, 'kk', 'acc')} қабылдауы толық және шартсыз акцепт болып табылады.`,
      t`Принятие ${ctx.user.ru('ins')} ${thisDoc(ctx, 'ru', 'gen')} является полным и безоговорочным акцептом.`)));
  }
  out.push(...minors(ctx));
  if (a?.method === 'registration' || a?.method === 'site-use') {
    out.push(clause('disagreement', ['acceptance/method'], bi(
      t`${ctx.user.kk()} ${thisDoc(ctx, 'kk', 'gen')} талаптарымен келіспеген жағдайда ${ctx.site.kk('acc')} пайдалануды тоқтатуға тиіс.`,
      t`В случае несогласия с условиями ${thisDoc(ctx, 'ru', 'gen')} ${ctx.user.ru('dat')} следует прекратить использование ${ctx.site.ru('gen')}.`)));
  }
  return out;
};
