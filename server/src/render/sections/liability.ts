// Liability: what the operator disclaims, and the general rule of the law.
import { bi, listBlocks } from '../inline';
import type { Lang } from '../types';
import { clause, t, thisDoc, type GenClause, type SectionGenerator } from './common';

/** Russian labels after «не несет ответственности за»: the accusative where it differs from the nominative. */
const RU_ACC: Record<string, string> = {
  'already-public': 'информацию, ставшую общественным достоянием до ее утраты или разглашения',
  'lost-profit': 'упущенную выгоду в связи с использованием сайта, невозможностью его использования или результатами использования',
};

export const liability: SectionGenerator = ctx => {
  const l = ctx.policy.liability;
  if (!l) return [];
  const out: GenClause[] = [];
  const list = l.disclaimers ?? [];
  if (list.length) {
    const items = (lang: Lang) => list.map(d => {
      const label = (lang === 'ru' ? RU_ACC[d] : undefined) ?? ctx.label('liability-disclaimers', d, lang);
      if (d === 'security-breach') {
        return [lang === 'kk'
          ? `${label}, егер ${ctx.op.kk()} дербес деректерді қорғау үшін Заңда көзделген барлық шараларды қабылдаса`
          : `${label}, если ${ctx.op.ru()} принял все предусмотренные Законом меры по защите персональных данных`.replace('принял', ctx.op.ruGender === 'f' ? 'приняла' : 'принял')];
      }
      return [label];
    });
    out.push({
      key: 'disclaimers', paths: ['liability/disclaimers'], body: {
        kk: listBlocks(t`${ctx.op.kk()} мыналар үшін жауап бермейді:`, items('kk')),
        ru: listBlocks(t`${ctx.op.ru()} не несет ответственности за:`, items('ru')),
      },
    });
  }
  out.push(clause('general', ['liability'], bi(
    t`${thisDoc(ctx, 'kk', 'loc').replace(/^о/, 'О')} көзделмеген барлық жағдайларда тараптардың жауапкершілігі Қазақстан Республикасының заңнамасына сәйкес айқындалады.`,
    t`Во всех случаях, не предусмотренных ${thisDoc(ctx, 'ru', 'ins')}, ответственность сторон определяется в соответствии с законодательством Республики Казахстан.`)));
  return out;
};
