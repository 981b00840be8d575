// Cookies and similar tracking: whether they are used, which kinds, how to refuse them.
import { bi, endSentence, inl } from '../inline';
import { clause, t, type GenClause, type SectionGenerator } from './common';

export const cookies: SectionGenerator = ctx => {
  const c = ctx.policy.cookies;
  if (!c || c.used === undefined) return [];
  if (!c.used) {
    return [clause('used', ['cookies/used'], bi(
      t`${ctx.site.kk()} cookie-файлдарды пайдаланбайды.`,
      t`${ctx.site.ru()} не использует файлы cookie.`))];
  }
  const out: GenClause[] = [];
  const kinds = (lang: 'kk' | 'ru') => (c.kinds ?? []).map(k => ctx.label('cookie-kinds', k, lang)).join(', ');
  out.push(clause('used', ['cookies'], c.kinds?.length
    ? bi(t`${ctx.site.kk()} cookie-файлдардың мынадай түрлерін пайдаланады: ${kinds('kk')}.`, t`${ctx.site.ru()} использует следующие виды файлов cookie: ${kinds('ru')}.`)
    : bi(t`${ctx.site.kk()} cookie-файлдарды пайдаланады.`, t`${ctx.site.ru()} использует файлы cookie.`)));
  out.push(clause('opt-out', [c['opt-out'] ? 'cookies/opt-out' : 'cookies'], c['opt-out']
    ? bi(endSentence(inl('Cookie-файлдардан бас тарту тәртібі: ', ctx.text(c['opt-out'], 'kk'))), endSentence(inl('Порядок отказа от файлов cookie: ', ctx.text(c['opt-out'], 'ru'))))
    : bi(
      t`${ctx.user.kk()} браузер баптаулары арқылы cookie-файлдарды өшіре алады; бұл жағдайда ${ctx.site.kk('gen')} кейбір функциялары қолжетімсіз болуы мүмкін.`,
      t`${ctx.user.ru()} может отключить файлы cookie в настройках браузера; в этом случае отдельные функции ${ctx.site.ru('gen')} могут быть недоступны.`)));
  return out;
};
