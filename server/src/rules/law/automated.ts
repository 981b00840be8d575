// Automated decisions: consent, an explanation and the right to object (PD Law Art. 19-1, from 2026;
// before that Informatization Law Art. 36 p.6).
import { LAW_DATES, inForce } from '../lawDates';
import { defineRules, detailBy, loc, messages } from '../kit';

export const AUTOMATED_RULES = defineRules('automated', [
  {
    code: 'R22',
    name: 'Automated decision-making',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-19-1', 'inf-36-6', 'dc-43'],
    since: { date: LAW_DATES.law231, note: loc('Art. 19-1 (Law 231-VIII of 17.11.2025): the right to object, answered in 3 working days; before it, consent alone (Informatization Law Art. 36 p.6)', '19-1-бап (2025 жылғы 17 қарашадағы № 231-VIII Заң): қарсылық білдіру құқығы, 3 жұмыс күні ішінде қаралады; оған дейін тек келісім (Ақпараттандыру туралы заңның 36-бабының 6-тармағы)', 'ст. 19-1 (Закон от 17 ноября 2025 года № 231-VIII): право на возражение, рассматривается в течение 3 рабочих дней; до нее — только согласие (п. 6 ст. 36 Закона об информатизации)') },
    trigger: loc('automated-processing.decisions is true and consent to it is not separate, or (from 2026-01-18) the subject cannot object (warning); automated processing is used and the policy does not say the subject may object (info).',
      'automated-processing.decisions true, ал оған келісім жеке емес, немесе (2026-01-18 бастап) субъект қарсылық білдіре алмайды (ескерту); автоматтандырылған өңдеу қолданылады, бірақ субъектінің қарсылық білдіру мүмкіндігі айтылмаған (ақпарат).',
      'automated-processing.decisions — true, а согласие на это не отдельное, либо (с 2026-01-18) субъект не может заявить возражение (предупреждение); автоматизированная обработка применяется, но право на возражение не указано (информация).'),
    messages: messages(
      'Automated decisions that create, change or end the subject\'s rights need consent. Explain the procedure and consequences, let the subject object, and answer objections within 3 working days (PD Law Art. 19-1).',
      'Субъектінің құқықтарын туындататын, өзгертетін немесе тоқтататын автоматтандырылған өңдеуге оның келісімі болған кезде ғана жол беріледі. Өңдеу тәртібі мен ықтимал салдарын түсіндіріп, қарсылық білдіру мүмкіндігін беріңіз және қарсылықты үш жұмыс күні ішінде қараңыз (Заңның 19-1-бабы).',
      'Автоматизированная обработка, в результате которой у субъекта возникают, изменяются или прекращаются права, допускается только с его согласия. Разъясните порядок и возможные последствия, предоставьте возможность заявить возражение и рассматривайте его в течение трех рабочих дней (ст. 19-1 Закона).',
      detailBy({
        used: loc('The policy uses automated processing: say whether it leads to decisions that affect the user\'s rights, and how to object.', 'Саясатта автоматтандырылған өңдеу қолданылады: оның пайдаланушының құқықтарына әсер ететін шешімдерге әкелетін-әкелмейтінін және қарсылықты қалай білдіруге болатынын көрсетіңіз.', 'В политике применяется автоматизированная обработка: укажите, влечет ли она решения, затрагивающие права пользователя, и как заявить возражение.'),
      })),
    examples: {
      triggers: { yaml: 'automated-processing:\n  used: true\n  decisions: true\n  consent: bundled\n' },
      passes: { yaml: 'automated-processing:\n  used: true\n  decisions: true\n  consent: separate\n  objection: true\n' },
    },
    check(ctx) {
      const a = ctx.policy['automated-processing'];
      const objectionDue = inForce(ctx.policy, LAW_DATES.law231);
      if (a?.decisions === true) {
        if (a.consent !== 'separate' || (objectionDue && a.objection !== true)) ctx.report('automated-processing/decisions');
      } else if (a?.used === true && objectionDue && a.objection !== true) {
        ctx.report('automated-processing/used', { problem: 'used' }, undefined, 'info');
      }
    },
  },
]);
