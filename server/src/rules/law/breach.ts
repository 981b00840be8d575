// Security: breach notification (PD Law Art. 25 p.2 sub 8, from 01.07.2024; Online Platforms Law Art. 10
// sub 4) and disclaimers of the duty to protect (Art. 22; Civil Code Art. 389 p.2).
import { entry } from '../../taxonomy/taxonomy';
import { LAW_DATES, inForce } from '../lawDates';
import { defineRules, isOnlinePlatform, loc, messages } from '../kit';

/** Disclaimers so broad that they cover losses from a breach too. */
const BROAD = new Set(['losses']);

export const BREACH_RULES = defineRules('breach', [
  {
    code: 'R23',
    name: 'Breach handling not described',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-25-2-8', 'pd-22-1', 'op-10-4'],
    since: { date: LAW_DATES.breachNotice, note: loc('the duty to notify the authorised body within one working day (Law 44-VIII of 11.12.2023)', 'уәкілетті органды бір жұмыс күні ішінде хабардар ету міндеті (2023 жылғы 11 желтоқсандағы № 44-VIII Заң)', 'обязанность уведомить уполномоченный орган в течение одного рабочего дня (Закон от 11 декабря 2023 года № 44-VIII)') },
    trigger: loc('For policies effective from 2024-07-01: breach.regulator-notice is not true; for online platforms also breach.user-notice.',
      '2024-07-01 бастап күшіне енетін саясаттар үшін: breach.regulator-notice true емес; онлайн-платформалар үшін breach.user-notice та.',
      'Для политик, вступающих в силу с 2024-07-01: breach.regulator-notice не true; для онлайн-платформ также breach.user-notice.'),
    messages: messages(
      'Describe what happens in a personal data breach: the authorized body is notified within one working day of detection (PD Law Art. 25 p.2 sub 8), and online platforms must notify affected users immediately (Online Platforms Law Art. 10 sub 4).',
      'Дербес деректер қауіпсіздігі бұзылған кездегі іс-қимылды сипаттаңыз: бұзушылық анықталған кезден бастап бір жұмыс күні ішінде уәкілетті орган хабардар етіледі (Заңның 25-бабы 2-тармағының 8) тармақшасы), ал онлайн-платформа пайдаланушыны дереу хабардар етуге тиіс (Онлайн-платформалар туралы заңның 10-бабының 4) тармақшасы).',
      'Опишите действия при нарушении безопасности персональных данных: уполномоченный орган уведомляется в течение одного рабочего дня с момента обнаружения нарушения (пп. 8) п. 2 ст. 25 Закона), а онлайн-платформа обязана незамедлительно уведомить пользователя (пп. 4) ст. 10 Закона об онлайн-платформах).'),
    examples: {
      triggers: { yaml: 'effective: 2025-01-01\n', remove: ['breach'] },
      passes: { yaml: 'effective: 2024-03-01\n', remove: ['breach'] },
    },
    check(ctx) {
      const { policy } = ctx;
      const b = policy.breach;
      if (inForce(policy, LAW_DATES.breachNotice) && b?.['regulator-notice'] !== true) ctx.report(b ? 'breach/regulator-notice' : 'breach', { who: 'regulator' });
      else if (isOnlinePlatform(policy) && inForce(policy, LAW_DATES.onlinePlatforms) && b?.['user-notice'] !== true) ctx.report(b ? 'breach/user-notice' : 'breach', { who: 'users' });
    },
  },
  {
    code: 'R24',
    name: 'Disclaimer of liability for security failures',
    severity: 'warning',
    confidence: 'M',
    citations: ['pd-22-1', 'pd-24-1-7', 'koap-79-3', 'cc-389-2'],
    trigger: loc('liability.disclaimers includes a security failure (unauthorised access, hacking, leaks), or all direct and indirect losses of users (which covers losses from leaks).',
      'liability.disclaimers тізімінде қауіпсіздікті бұзу (рұқсатсыз қол жеткізу, бұзып кіру, жылыстау) немесе пайдаланушылардың барлық тікелей және жанама шығындары (жылыстаудан болған шығынды да қамтиды) бар.',
      'liability.disclaimers включает нарушение безопасности (несанкционированный доступ, взлом, утечка) либо любые прямые и косвенные убытки пользователей (в том числе от утечек).'),
    messages: messages(
      'The operator cannot contract out of its duty to protect personal data. Clauses excluding liability for leaks or hacks conflict with PD Law Art. 22 and may be challenged under Civil Code Art. 389 p.2.',
      'Оператор дербес деректерді қорғау міндетінен шарт арқылы босай алмайды. Дербес деректердің таралып кетуі (жылыстауы) немесе жүйеге бұзып кіру үшін жауапкершілікті жоятын ережелер Заңның 22-бабына қайшы келеді және Азаматтық кодекстің 389-бабының 2-тармағы бойынша даулануы мүмкін.',
      'Оператор не может договором освободить себя от обязанности защищать персональные данные. Условия, исключающие ответственность за утечки и взломы, противоречат ст. 22 Закона и могут быть оспорены по п. 2 ст. 389 ГК.'),
    examples: {
      triggers: { yaml: 'liability:\n  disclaimers: [security-breach, force-majeure]\n' },
      passes: { yaml: 'liability:\n  disclaimers: [force-majeure, third-party-sites]\n' },
    },
    check(ctx) {
      (ctx.policy.liability?.disclaimers ?? []).forEach((d, i) => {
        if (entry('liability-disclaimers', d)?.security === true || BROAD.has(d)) ctx.report(`liability/disclaimers/${i}`);
      });
    },
  },
]);
