// Minors: consent by, or with the consent of, a legal representative (PD Law Art. 7 p.1, Art. 8 p.1;
// Civil Code Art. 22–23; Online Platforms Law Art. 9 p.4 sub 8, Art. 20 p.4).
import { defineRules, loc, messages, minorsData } from '../kit';

export const MINORS_RULES = defineRules('minors', [
  {
    code: 'R20',
    name: 'Minors\' data without legal-representative consent',
    severity: 'error',
    confidence: 'M',
    citations: ['pd-7-1', 'pd-8-1', 'cc-22-1', 'cc-23-1', 'op-9-4-8', 'op-20-4'],
    trigger: loc('The service serves minors (minors.served, data of minors, a school or a parent\'s phone) and minors.guardian-consent is not true.',
      'Қызметті кәмелетке толмағандар пайдаланады (minors.served, кәмелетке толмағандардың деректері, мектеп немесе ата-ананың телефоны), ал minors.guardian-consent true емес.',
      'Сервисом пользуются несовершеннолетние (minors.served, данные несовершеннолетних, школа или телефон родителя), а minors.guardian-consent не true.'),
    messages: messages(
      'The service processes minors\' (pupils\') data. State that consent is given by a parent or other legal representative, or with their consent, and how it is obtained (PD Law Art. 7 p.1, Art. 8 p.1; Civil Code Art. 22–23).',
      'Қызмет кәмелетке толмағандардың (оқушылардың) дербес деректерін өңдейді. Келісімді ата-анасы немесе өзге заңды өкілі беретінін (не оның келісімімен берілетінін) және оны алу тәсілін көрсетіңіз (Заңның 7-бабының 1-тармағы, 8-бабының 1-тармағы; Азаматтық кодекстің 22–23-баптары).',
      'Сервис обрабатывает персональные данные несовершеннолетних (учащихся). Укажите, что согласие дает родитель или иной законный представитель (либо оно дается с его согласия), и каким способом оно получается (п. 1 ст. 7, п. 1 ст. 8 Закона; ст. 22–23 ГК).'),
    examples: {
      triggers: { yaml: 'minors:\n  served: true\n' },
      passes: { yaml: 'minors:\n  served: true\n  guardian-consent: true\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      if (policy.minors?.['guardian-consent'] === true) return;
      const data = minorsData(policy);
      if (policy.minors?.served === true) ctx.report(policy.minors['guardian-consent'] === false ? 'minors/guardian-consent' : 'minors/served');
      else if (data.length) ctx.report(`data/${data[0]}`);
    },
  },
]);
