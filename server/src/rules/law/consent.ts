// Consent: how it is obtained and proved (PD Law Art. 8 p.1, Art. 25 p.2 sub 5), its term (Art. 8 p.4
// sub 3), its withdrawal (Art. 8 p.2, p.7), public dissemination (Art. 7 p.3) and state systems (Art. 8-1).
import { entry } from '../../taxonomy/taxonomy';
import { acceptanceImplied, dataItems, defineRules, detailIf, ERROR_IF_CONSENT, errorIfConsent, findInTexts, loc, messages, WORD_END as E, WORD_START as W } from '../kit';
import { BASE_DATA } from '../examples';

/** "consent cannot be withdrawn" */
const NO_WITHDRAWAL = {
  kk: new RegExp(`${W}(кері\\s+қайтарып\\s+алуға\\s+(болмайды|жол\\s+берілмейді)|кері\\s+қайтарып\\s+алынбайды|кері\\s+қайтарып\\s+алу\\s+мүмкін\\s+емес)${E}`, 'giu'),
  ru: new RegExp(`${W}(отзыв\\s+(согласия\\s+)?невозмож\\p{L}*|не\\s+может\\s+быть\\s+отозван\\p{L}*|не\\s+подлежит\\s+отзыву|отозвать\\s+(согласие\\s+)?нельзя)${E}`, 'giu'),
};

export const CONSENT_RULES = defineRules('consent', [
  {
    code: 'R05',
    name: 'Consent inferred from browsing or use',
    severity: 'warning',
    confidence: 'M',
    citations: ['pd-8-1', 'pd-25-2-5', 'cc-396-2', 'dc-47'],
    trigger: loc('acceptance.method is registration or site-use (implied), with no checkbox, one-time code or signature.',
      'acceptance.method — registration немесе site-use (болжалды келісім), белгі қою, бір реттік код немесе қолтаңба жоқ.',
      'acceptance.method — registration или site-use (подразумеваемое согласие), без отметки, одноразового кода или подписи.'),
    messages: messages(
      'Consent inferred from merely visiting or using the site is hard to prove. Consent must be given in a way that allows its receipt to be confirmed, and the operator must be able to prove it (PD Law Art. 8 p.1, Art. 25 p.2 sub 5).',
      'Сайтқа кіру немесе оны пайдалану фактісінен шығарылған келісімді дәлелдеу қиын. Келісім оны алғанын растауға мүмкіндік беретін тәсілмен берілуге тиіс, ал оператор келісімді алғаны туралы дәлелдемені ұсынуға міндетті (Заңның 8-бабының 1-тармағы, 25-бабы 2-тармағының 5) тармақшасы).',
      'Согласие, выводимое из самого факта посещения или использования сайта, трудно доказать. Согласие дается способом, позволяющим подтвердить его получение, а оператор обязан представить доказательство его получения (п. 1 ст. 8, пп. 5) п. 2 ст. 25 Закона).'),
    examples: {
      triggers: { yaml: 'acceptance:\n  method: site-use\n  term: { until: purpose-achieved }\n' },
      passes: { yaml: 'acceptance:\n  method: explicit-checkbox\n  before-registration: true\n  term: { until: purpose-achieved }\n' },
    },
    check(ctx) {
      if (acceptanceImplied(ctx.policy)) ctx.report('acceptance/method');
    },
  },
  {
    code: 'R12',
    name: 'Making data public by implied consent',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-7-3', 'pd-24-1-6', 'pd-8-4-6'],
    trigger: loc('A data item is made public (public: true), or data go to the public, without a separate consent to dissemination.',
      'Дерек жалпыға қолжетімді етіледі (public: true) немесе жалпыға беріледі, бірақ таратуға жеке келісім жоқ.',
      'Данные делаются общедоступными (public: true) или передаются неограниченному кругу лиц без отдельного согласия на распространение.'),
    messages: messages(
      'Disseminating personal data in publicly available sources requires the subject\'s consent; it cannot be implied from using the service (PD Law Art. 7 p.3, Art. 24 p.1 sub 6).',
      'Дербес деректерді жалпыға бірдей қолжетімді көздерде тарату үшін субъектінің келісімі қажет; оны қызметті пайдалану фактісінен шығаруға болмайды (Заңның 7-бабының 3-тармағы, 24-бабы 1-тармағының 6) тармақшасы).',
      'Распространение персональных данных в общедоступных источниках требует согласия субъекта; его нельзя выводить из факта пользования сервисом (п. 3 ст. 7, пп. 6) п. 1 ст. 24 Закона).'),
    examples: {
      triggers: { yaml: 'data:\n  full-name: { category: full-name, source: registration, required: true, public: true }\n  email: { category: email, source: registration, required: true }\n' },
      passes: {
        yaml: 'data:\n  full-name: { category: full-name, source: registration, required: true, public: true }\n  email: { category: email, source: registration, required: true }\n' +
          'transfers:\n  - to: public\n    data: [full-name]\n    basis: consent\n    consent: separate\n',
      },
    },
    check(ctx) {
      const { policy } = ctx;
      const transfers = policy.transfers ?? [];
      const separatePublic = new Set<string>();
      let separateForAll = false;
      transfers.forEach((t, i) => {
        if (t.to !== 'public') return;
        if (t.consent === 'separate' || t.basis === 'law') {
          if (!t.data?.length) separateForAll = true;
          t.data?.forEach(d => separatePublic.add(d));
        } else ctx.report(`transfers/${i}/${t.consent ? 'consent' : 'to'}`);
      });
      for (const [id, item] of dataItems(policy)) {
        if (item.public === true && !separateForAll && !separatePublic.has(id)) ctx.report(`data/${id}/public`);
      }
    },
  },
  {
    code: 'R15',
    name: 'Withdrawal of consent not described, or excluded',
    severity: 'error',
    confidence: 'H',
    citations: ['pd-8-2', 'pd-8-7', 'pd-24-1-5'],
    trigger: loc('The right to withdraw consent is not stated and no withdrawal deadline is given, or a text says consent cannot be withdrawn.',
      'Келісімді кері қайтарып алу құқығы көрсетілмеген және оның мерзімі жоқ, немесе мәтінде келісімді кері қайтарып алуға болмайтыны айтылған.',
      'Право отозвать согласие не указано и срок отзыва не назван, либо в тексте сказано, что согласие нельзя отозвать.'),
    messages: messages(
      'Describe how to withdraw consent (address, form) and what happens next. Consent may be withdrawn except where this contradicts a law or an obligation remains unfulfilled (PD Law Art. 8 p.2, p.7).',
      'Келісімді кері қайтарып алу тәртібін (мекенжайын, нысанын) және оның салдарын көрсетіңіз. Заңға қайшы келетін немесе орындалмаған міндеттеме бар жағдайларды қоспағанда, келісімді кері қайтарып алуға болады (Заңның 8-бабының 2 және 7-тармақтары).',
      'Опишите порядок отзыва согласия (адрес, форма) и его последствия. Согласие может быть отозвано, за исключением случаев, когда это противоречит закону или имеется неисполненное обязательство (пп. 2, 7 ст. 8 Закона).',
      detailIf('excluded', loc('This text says consent cannot be withdrawn.', 'Бұл мәтінде келісімді кері қайтарып алуға болмайтыны айтылған.', 'В этом тексте сказано, что согласие нельзя отозвать.'))),
    examples: {
      triggers: { yaml: 'rights: [know, access-free, change, block, destroy, public-consent, protection]\nrequests:\n  channels: [email]\n  email: privacy@example.kz\n' },
      passes: { yaml: 'rights: [know, access-free, change, block, destroy, withdraw, public-consent, protection]\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      if (!policy.rights?.includes('withdraw') && !policy.requests?.withdrawal) ctx.report(policy.rights ? 'rights' : 'requests');
      for (const m of findInTexts(ctx.analysis, NO_WITHDRAWAL)) ctx.reportAt(m.start, m.end, { excluded: 1 });
    },
  },
  {
    code: 'R37',
    name: 'Consent term missing',
    severity: 'info',
    confidence: 'H',
    citations: ['pd-8-4-3', 'pd-8-5', 'pd-8-6'],
    escalation: ERROR_IF_CONSENT,
    trigger: loc('acceptance.term is missing.', 'acceptance.term көрсетілмеген.', 'acceptance.term не указан.'),
    messages: messages(
      'State how long consent is valid (PD Law Art. 8 p.4 sub 3); it may not exceed the time needed to achieve the purposes (Art. 8 p.5).',
      'Келісімнің қолданылу мерзімін немесе кезеңін көрсетіңіз (Заңның 8-бабы 4-тармағының 3) тармақшасы); ол мақсаттарға қол жеткізуге қажетті мерзімнен аспауға тиіс (8-баптың 5-тармағы).',
      'Укажите срок или период действия согласия (пп. 3) п. 4 ст. 8 Закона); он не может превышать срок, необходимый для достижения целей обработки (п. 5 ст. 8).'),
    examples: {
      triggers: { yaml: 'kind: consent-agreement\nacceptance:\n  method: explicit-checkbox\n  before-registration: true\n' },
      passes: { yaml: 'kind: consent-agreement\nacceptance:\n  method: explicit-checkbox\n  before-registration: true\n  term: { until: purpose-achieved }\n' },
    },
    check(ctx) {
      if (ctx.policy.acceptance?.term) return;
      ctx.report('acceptance', undefined, undefined, errorIfConsent(ctx.policy));
    },
  },
  {
    code: 'R38',
    name: 'Data from state systems without the state service',
    severity: 'info',
    confidence: 'H',
    citations: ['pd-8-1', 'pd-8-1-art', 'pd-10-4'],
    trigger: loc('A data item comes from state information systems (source: state-systems) and consent is not given through the state service.',
      'Дерек мемлекеттік ақпараттық жүйелерден алынады (source: state-systems), ал келісім мемлекеттік сервис арқылы берілмейді.',
      'Данные получаются из государственных информационных систем (source: state-systems), а согласие дается не через государственный сервис.'),
    messages: messages(
      'To access personal data held in state bodies\' information systems, consent must be given through the state service for access control (PD Law Art. 8 p.1 para 2, Art. 8-1).',
      'Мемлекеттік органдардың және (немесе) мемлекеттік заңды тұлғалардың ақпараттандыру объектілеріндегі дербес деректерді жинау және өңдеу кезінде келісім мемлекеттік сервис арқылы беріледі (Заңның 8-бабы 1-тармағының екінші бөлігі, 8-1-бабы).',
      'При сборе и обработке персональных данных, содержащихся в объектах информатизации государственных органов и (или) государственных юридических лиц, согласие предоставляется посредством государственного сервиса (ч. 2 п. 1 ст. 8, ст. 8-1 Закона).'),
    examples: {
      triggers: { yaml: 'data:\n  full-name: { category: full-name, source: state-systems, required: true }\n  email: { category: email, source: registration, required: true }\n' },
      passes: { yaml: BASE_DATA },
    },
    check(ctx) {
      if (ctx.policy.acceptance?.method === 'state-service') return;
      for (const [id, item] of dataItems(ctx.policy)) {
        if (entry('data-sources', item.source)?.state === true) ctx.report(`data/${id}/source`);
      }
    },
  },
]);
