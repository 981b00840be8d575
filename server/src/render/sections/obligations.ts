// Obligations of the parties. No fact states them, so the operator's statutory duties (Law 94-V
// art. 25 p. 2) are written out — unless the policy words this section itself with its own clauses.
import { listBlocks } from '../inline';
import { ruAgree } from '../terms';
import type { Lang } from '../types';
import { t, thisDoc, type SectionGenerator } from './common';

export const obligations: SectionGenerator = ctx => {
  if (ctx.sectionsWithClauses.has('obligations')) return [];
  const items = (lang: Lang) => lang === 'kk'
    ? [
      `дербес деректерді ${thisDoc(ctx, 'kk', 'loc')} көрсетілген мақсаттар үшін қажетті көлемде ғана жинауға және өңдеуге`,
      `Заңда көзделген жағдайларды қоспағанда, дербес деректерді ${ctx.user.kk('gen')} келісімінсіз үшінші тұлғаларға бермеуге`,
      'дербес деректерді қорғау жөніндегі қажетті шараларды қабылдауға және олардың сақталуын қамтамасыз етуге',
      `${ctx.user.kk('gen')} өтініштерін Заңда белгіленген мерзімдерде қарауға`,
    ].map(s => [s])
    : [
      `собирать и обрабатывать персональные данные только в объеме, необходимом для целей, указанных в ${thisDoc(ctx, 'ru', 'prep')}`,
      `не передавать персональные данные третьим лицам без согласия ${ctx.user.ru('gen')}, за исключением случаев, предусмотренных Законом`,
      'принимать необходимые меры по защите персональных данных и обеспечивать их сохранность',
      `рассматривать обращения ${ctx.user.ru('gen')} в сроки, установленные Законом`,
    ].map(s => [s]);
  return [{
    key: 'operator', paths: ['operator'], body: {
      kk: listBlocks(t`${ctx.op.kk()} мыналарға міндетті:`, items('kk')),
      ru: listBlocks(t`${ctx.op.ru()} ${ruAgree(ctx.op.ruGender, 'обязан')}:`, items('ru')),
    },
  }];
};
