// Dispute resolution: a pre-trial claim and its deadline, the court, the applicable law.
import { bi, endSentence, inl } from '../inline';
import { kkAnd } from '../terms';
import { clause, t, thisDoc, type GenClause, type SectionGenerator } from './common';

export const disputes: SectionGenerator = ctx => {
  const d = ctx.policy.disputes;
  if (!d) return [];
  const out: GenClause[] = [];
  const parties = { kk: `${ctx.user.kk()} ${kkAnd(ctx.user.kk())} ${ctx.op.kk()}`, ru: `${ctx.user.ru('ins')} и ${ctx.op.ru('ins')}` };
  if (d['pre-trial-claim']) {
    out.push(clause('claim', ['disputes/pre-trial-claim'], bi(
      t`${parties.kk} арасындағы қатынастардан туындайтын даулар бойынша сотқа жүгінгенге дейін талап қою (дауды ерікті түрде реттеу туралы жазбаша ұсыныс) міндетті.`,
      t`До обращения в суд по спорам, возникающим из отношений между ${parties.ru}, обязательно предъявление претензии (письменного предложения о добровольном урегулировании спора).`)));
    if (d['written-claim']) {
      out.push(clause('written', ['disputes/written-claim'], bi(
        t`Талап ${ctx.op.kk('dat')} жазбаша түрде жіберіледі.`,
        t`Претензия направляется ${ctx.op.ru('dat')} в письменной форме.`)));
    }
    if (d.answer) {
      out.push(clause('answer', ['disputes/answer'], bi(
        t`Талапты алушы оны алған күннен бастап ${ctx.within(d.answer, 'kk')} талап қоюшыны оны қарау нәтижелері туралы жазбаша хабардар етеді.`,
        t`Получатель претензии ${ctx.within(d.answer, 'ru')} со дня ее получения письменно уведомляет заявителя о результатах ее рассмотрения.`)));
    }
  }
  out.push(clause('court', [d.court ? 'disputes/court' : 'disputes'], bi(
    inl(d['pre-trial-claim'] ? 'Келісімге қол жеткізілмеген жағдайда дау' : 'Даулар', ' Қазақстан Республикасының заңнамасына сәйкес сотта шешіледі.', d.court ? inl(' Соттылық: ', endSentence(ctx.text(d.court, 'kk'))) : ''),
    inl(d['pre-trial-claim'] ? 'При недостижении согласия спор' : 'Споры', d['pre-trial-claim'] ? ' подлежит' : ' подлежат', ' разрешению в суде в соответствии с законодательством Республики Казахстан.', d.court ? inl(' Подсудность: ', endSentence(ctx.text(d.court, 'ru'))) : ''),
  )));
  out.push(clause('law', ['disputes'], bi(
    t`${thisDoc(ctx, 'kk', 'dat').replace(/^о/, 'О')} және ${parties.kk} арасындағы қатынастарға Қазақстан Республикасының заңнамасы қолданылады.`,
    t`К ${thisDoc(ctx, 'ru', 'dat')} и отношениям между ${parties.ru} применяется законодательство Республики Казахстан.`)));
  return out;
};
