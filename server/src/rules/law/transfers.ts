// Transfers: cross-border transfer (PD Law Art. 16, Art. 8 p.4 sub 5), third parties (Art. 7 p.6, Art. 9),
// notice of transfers (Art. 19 p.1).
import type { Localized } from '../../i18n/locale';
import { entry } from '../../taxonomy/taxonomy';
import { exceedsWorkingDays } from '../lawDates';
import { acceptanceImplied, defineRules, detailBy, loc, messages, policyIsConsent, reportReplacing } from '../kit';

/** Services that usually run abroad, so their country must be named. */
const USUALLY_FOREIGN = new Set(['hosting', 'cdn', 'analytics', 'messaging', 'ai', 'advertising']);
const CONSENTED = new Set(['separate', 'not-required']);

const R08_DETAIL: Record<string, Localized> = {
  unstated: loc('The document does not say whether data are transferred abroad.', 'Құжатта деректердің шетелге берілетін-берілмейтіні айтылмаған.', 'В документе не сказано, передаются ли данные за рубеж.'),
  bundled: loc('Consent to cross-border transfer is not separate from accepting the policy.', 'Трансшекаралық беруге келісім саясатты қабылдаудан бөлек алынбайды.', 'Согласие на трансграничную передачу не отделено от принятия политики.'),
  'no-countries': loc('The countries of destination are not named.', 'Деректер берілетін мемлекеттер аталмаған.', 'Государства назначения не названы.'),
  'processor-country': loc('The country where this processor works with the data is not named.', 'Бұл өңдеушінің деректерді қай мемлекетте өңдейтіні көрсетілмеген.', 'Не указано, в каком государстве этот обработчик обрабатывает данные.'),
  undeclared: loc('This processor is abroad, but the policy does not declare a cross-border transfer.', 'Бұл өңдеуші шетелде орналасқан, бірақ саясатта трансшекаралық беру жарияланбаған.', 'Этот обработчик находится за рубежом, но трансграничная передача в политике не заявлена.'),
  'transfer-consent': loc('This transfer goes abroad without a separate consent.', 'Бұл беру жеке келісімсіз шетелге жүзеге асырылады.', 'Эта передача осуществляется за рубеж без отдельного согласия.'),
};
const R10_DETAIL: Record<string, Localized> = {
  'no-basis': loc('This transfer has neither the subject\'s consent nor a law as its basis.', 'Бұл берудің негізі субъектінің келісімі де, заң да емес.', 'Основанием этой передачи не является ни согласие субъекта, ни закон.'),
  'implied-consent': loc('The only consent to this transfer is inferred from using the site.', 'Бұл беруге келісім тек сайтты пайдалану фактісінен шығарылады.', 'Согласие на эту передачу выводится лишь из факта использования сайта.'),
  unnamed: loc('The recipients are named only as "third parties" or "partners".', 'Алушылар тек «үшінші тұлғалар» немесе «серіктестер» деп аталған.', 'Получатели названы лишь «третьими лицами» или «партнерами».'),
};

export const TRANSFER_RULES = defineRules('transfers', [
  {
    code: 'R08',
    name: 'Cross-border transfer: not stated, bundled, or countries not named',
    severity: 'error',
    confidence: 'H',
    citations: ['pd-8-4-5', 'pd-16-3', 'pd-7-6', 'pd-24-1-5'],
    trigger: loc(
      'cross-border.occurs is unspecified (or missing) in a consent; cross-border transfer occurs without separate consent or without countries; a processor that usually runs abroad has no country; a foreign processor or transfer while no cross-border transfer is declared.',
      'Келісімде cross-border.occurs көрсетілмеген; трансшекаралық беру жеке келісімсіз немесе елдер аталмай жүзеге асырылады; әдетте шетелде жұмыс істейтін өңдеушінің елі жоқ; шетелдік өңдеуші бар, бірақ трансшекаралық беру жарияланбаған.',
      'В согласии cross-border.occurs не указан; трансграничная передача без отдельного согласия или без стран; у обработчика, обычно работающего за рубежом, нет страны; иностранный обработчик при незаявленной трансграничной передаче.'),
    messages: messages(
      'State whether data is transferred abroad. If it is, name the countries and get the subject\'s separate consent for transfer to states that do not ensure data protection (PD Law Art. 8 p.4 sub 5, Art. 16, Art. 7 p.6).',
      'Дербес деректердің шетелге берілетін-берілмейтінін көрсетіңіз. Берілсе, елдерді атаңыз және дербес деректердің қорғалуын қамтамасыз етпейтін мемлекеттерге трансшекаралық беру үшін субъектінің жеке келісімін алыңыз (Заңның 8-бабы 4-тармағының 5) тармақшасы, 16-бабы, 7-бабының 6-тармағы).',
      'Укажите, осуществляется ли трансграничная передача. Если да — назовите страны и получите отдельное согласие субъекта на передачу в государства, не обеспечивающие защиту персональных данных (пп. 5) п. 4 ст. 8, ст. 16, п. 6 ст. 7 Закона).',
      detailBy(R08_DETAIL)),
    examples: {
      triggers: { yaml: 'cross-border:\n  occurs: "yes"\n  countries: [DE]\n  consent: bundled\n' },
      passes: { yaml: 'cross-border:\n  occurs: "yes"\n  countries: [DE]\n  consent: separate\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      const cb = policy['cross-border'];
      const occurs = cb?.occurs;
      if ((occurs === undefined || occurs === 'unspecified') && policyIsConsent(policy)) ctx.report(cb ? 'cross-border/occurs' : 'cross-border', { problem: 'unstated' });
      if (occurs === 'yes') {
        if (!CONSENTED.has(cb?.consent ?? '')) ctx.report(cb?.consent ? 'cross-border/consent' : 'cross-border/occurs', { problem: 'bundled' });
        if (!cb?.countries?.length) ctx.report('cross-border/occurs', { problem: 'no-countries' });
      }
      for (const [id, p] of Object.entries(policy.processors ?? {})) {
        if (p.country === undefined) {
          if (USUALLY_FOREIGN.has(p.service ?? '')) ctx.report(`processors/${id}`, { problem: 'processor-country' });
        } else if (p.country !== 'KZ' && occurs !== 'yes' && entry('storage-locations', policy.storage?.location)?.foreign !== true) {
          ctx.report(`processors/${id}/country`, { problem: 'undeclared' });
        }
      }
      (policy.transfers ?? []).forEach((t, i) => {
        const abroad = entry('recipient-kinds', t.to)?.foreign === true || (t.countries ?? []).some(c => c !== 'KZ');
        if (abroad && !CONSENTED.has(t.consent ?? '') && t.basis !== 'law') ctx.report(`transfers/${i}`, { problem: 'transfer-consent' });
      });
    },
  },
  {
    code: 'R10',
    name: 'Transfer to third parties without consent, or recipients not named',
    severity: 'error',
    confidence: 'H',
    citations: ['pd-7-6', 'pd-8-4-4', 'pd-9', 'pd-15'],
    trigger: loc(
      'A transfer whose basis is neither consent nor law; consent to it is none, or only inferred from using the site; or recipients named only as third parties or partners.',
      'Берудің негізі келісім де, заң да емес; оған келісім жоқ немесе тек сайтты пайдаланудан шығарылады; не алушылар тек үшінші тұлғалар немесе серіктестер деп аталған.',
      'Основание передачи — не согласие и не закон; согласия нет или оно выводится из использования сайта; либо получатели названы лишь третьими лицами или партнерами.'),
    messages: messages(
      'Transfer to third parties requires the subject\'s consent unless a law provides otherwise (PD Law Art. 9). Name the recipients or their categories (Art. 7 p.6, Art. 8 p.4 sub 4).',
      'Дербес деректерді үшінші тұлғаларға беру субъектінің келісімімен ғана жүзеге асырылады, заңда көзделген жағдайларды қоспағанда (Заңның 9-бабы). Алушыларды немесе олардың санаттарын атаңыз (7-баптың 6-тармағы, 8-баптың 4-тармағының 4) тармақшасы).',
      'Передача персональных данных третьим лицам допускается только с согласия субъекта, если иное не предусмотрено законом (ст. 9 Закона). Назовите получателей или их категории (п. 6 ст. 7, пп. 4) п. 4 ст. 8 Закона).',
      detailBy(R10_DETAIL)),
    examples: {
      triggers: { yaml: 'transfers:\n  - to: third-parties\n    data: [email]\n    basis: without-consent\n' },
      passes: { yaml: 'transfers:\n  - to: state-bodies\n    data: [full-name, email]\n    basis: law\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      const implied = acceptanceImplied(policy);
      (policy.transfers ?? []).forEach((t, i) => {
        const base = `transfers/${i}`;
        if (t.to === 'public') return; // dissemination: R12
        if (t.basis === 'law' || t.consent === 'not-required') {
          // a case provided by law
        } else if (t.basis === 'consent' || t.consent === 'separate') {
          if (t.consent === 'none') ctx.report(`${base}/consent`, { problem: 'no-basis' });
          else if (implied && t.consent !== 'separate') ctx.report(`${base}/${t.consent ? 'consent' : 'basis'}`, { problem: 'implied-consent' });
        } else {
          ctx.report(t.basis ? `${base}/basis` : base, { problem: 'no-basis' });
        }
        // a transfer «in cases provided by law» has its recipients set by that law
        if ((t.to === 'third-parties' || t.to === 'partners' || t.to === 'advertising-partners') && !t.name && !t.processor && t.basis !== 'law') {
          ctx.report(`${base}/to`, { problem: 'unnamed' });
        }
      });
    },
  },
  {
    code: 'R34',
    name: 'Promised notice of transfers: 10 working days',
    severity: 'info',
    confidence: 'H',
    citations: ['pd-19-p1'],
    trigger: loc('A transfer promises notice to the subject (transfers[].notice) in more than 10 working days.',
      'Беру туралы хабарлау мерзімі (transfers[].notice) 10 жұмыс күнінен асады.',
      'Срок уведомления о передаче (transfers[].notice) превышает 10 рабочих дней.'),
    fix: loc('Set the notice to 10 working days', 'Хабарлау мерзімін 10 жұмыс күні етіп белгілеу', 'Установить срок уведомления 10 рабочих дней'),
    messages: messages(
      'If the policy promises to notify users about transfers to third parties, the law sets a deadline of 10 working days (PD Law Art. 19 p.1).',
      'Егер саясатта дербес деректерді үшінші тұлғаға беру туралы хабарлау көзделсе, субъект бұл туралы он жұмыс күні ішінде хабардар етіледі (Заңның 19-бабының 1-тармағы).',
      'Если политика предусматривает уведомление о передаче персональных данных третьему лицу, субъект уведомляется в течение десяти рабочих дней (п. 1 ст. 19 Закона).'),
    examples: {
      triggers: { yaml: 'transfers:\n  - to: payment-provider\n    name: { kk: «Төлем» АҚ, ru: АО «Платеж» }\n    data: [full-name]\n    basis: consent\n    consent: separate\n    notice: 30 calendar-days\n' },
      passes: { yaml: 'transfers:\n  - to: payment-provider\n    name: { kk: «Төлем» АҚ, ru: АО «Платеж» }\n    data: [full-name]\n    basis: consent\n    consent: separate\n    notice: 10 working-days\n' },
    },
    check(ctx) {
      (ctx.policy.transfers ?? []).forEach((t, i) => {
        if (t.notice && exceedsWorkingDays(t.notice, 10)) reportReplacing(ctx, `transfers/${i}/notice`, '10 working-days');
      });
    },
  },
]);
