// Protection of personal data (Law 94-V art. 20–22) and what happens on a breach (art. 25 p. 2 subpara. 8).
import { entry } from '../../taxonomy/taxonomy';
import { bi } from '../inline';
import { clause, t, type GenClause, type SectionGenerator } from './common';

export const protection: SectionGenerator = ctx => {
  const out: GenClause[] = [];
  // «ұйымдастырушылық және техникалық шаралар (нақтыланбаған)» only repeats the sentence: list the specific ones
  const measures = (ctx.policy.protection?.measures ?? []).filter(m => !entry('protection-measures', m)?.generic);
  if (ctx.policy.protection) {
    const list = (lang: 'kk' | 'ru') => measures.map(m => ctx.label('protection-measures', m, lang)).join(', ');
    out.push(clause('measures', ['protection'], bi(
      t`${ctx.op.kk()} дербес деректерді заңсыз қол жеткізуден, өзгертуден, жария етуден немесе жоюдан қорғау үшін қажетті құқықтық, ұйымдастырушылық және техникалық шараларды қабылдайды${measures.length ? `, оның ішінде: ${list('kk')}` : ''}.`,
      t`${ctx.op.ru()} принимает необходимые правовые, организационные и технические меры для защиты персональных данных от неправомерного доступа, изменения, раскрытия или уничтожения${measures.length ? `, в том числе: ${list('ru')}` : ''}.`)));
  }
  const b = ctx.policy.breach;
  if (b?.['regulator-notice']) {
    const day = { count: 1, unit: 'working-days' as const };
    out.push(clause('breach-regulator', ['breach/regulator-notice'], bi(
      t`Дербес деректер қауіпсіздігі бұзылған жағдайда ${ctx.op.kk()} бұзушылық анықталған күннен бастап ${ctx.within(day, 'kk')} дербес деректерді қорғау саласындағы уәкілетті органды хабардар етеді.`,
      t`В случае нарушения безопасности персональных данных ${ctx.op.ru()} ${ctx.within(day, 'ru')} со дня его обнаружения уведомляет уполномоченный орган в сфере защиты персональных данных.`)));
  }
  if (b?.['user-notice']) {
    out.push(clause('breach-user', ['breach/user-notice'], bi(
      t`${ctx.op.kk()} ${ctx.user.kk('acc')} оның дербес деректерінің құпиялылығы бұзылғаны туралы дереу хабардар етеді.`,
      t`${ctx.op.ru()} незамедлительно уведомляет ${ctx.user.ru('acc')} о нарушении конфиденциальности его персональных данных.`)));
  }
  return out;
};
