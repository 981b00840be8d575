// Who processes the data: the operator identified (PD Law Art. 8 p.4 sub 1), the person responsible for
// organising processing (Art. 25 p.2 sub 10), and a channel for subjects' requests (Art. 10 p.2).
import type { Locale, Localized } from '../../i18n/locale';
import type { Args } from '../registry';
import { entry } from '../../taxonomy/taxonomy';
import { defineRules, ERROR_IF_CONSENT, errorIfConsent, loc, messages, missingLine, operatorIsLegalEntity } from '../kit';

const MISSING: Record<string, Localized> = {
  name: loc('full legal name', 'толық атауы', 'полное наименование'),
  bin: loc('BIN', 'БСН', 'БИН'),
  iin: loc('IIN', 'ЖСН', 'ИИН'),
  address: loc('address', 'мекенжайы', 'адрес'),
  contacts: loc('contact details', 'байланыс деректері', 'контактные данные'),
};
const missingDetail = (a: Args, l: Locale) => {
  if (!a.missing) return '';
  return missingLine(String(a.missing).split(',').map(k => MISSING[k]?.[l] ?? k).join(', '), l);
};

/** A legal entity named by its form in the text: ЖШС/ТОО, АҚ/АО, қор/фонд, мекеме/учреждение. */
const ENTITY_NAME = /(?<![\p{L}])(ЖШС|ТОО|АҚ|АО|ЖАҚ|ЗАО|ҚБ|ОЮЛ|ҚҚ|қоры?|фонд|мекеме(сі)?|учреждение|LLP|JSC)(?![\p{L}])/iu;

export const OPERATOR_RULES = defineRules('operator', [
  {
    code: 'R06',
    name: 'Operator not identified (name, BIN/IIN, contacts)',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-8-4-1'],
    escalation: ERROR_IF_CONSENT,
    trigger: loc('The operator has no legal name, no BIN (IIN for an individual), no address, or no e-mail or phone.',
      'Оператордың толық атауы, БСН-і (жеке тұлға үшін ЖСН-і), мекенжайы немесе электрондық поштасы не телефоны жоқ.',
      'У оператора нет полного наименования, БИН (для физического лица — ИИН), адреса или электронной почты либо телефона.'),
    messages: messages(
      'Identify the operator: full legal name and BIN (IIN for an individual), plus address and contact details (PD Law Art. 8 p.4 sub 1).',
      'Операторды көрсетіңіз: толық атауы мен БСН-і (жеке тұлға үшін — ЖСН-і), сондай-ақ мекенжайы мен байланыс деректері (Заңның 8-бабы 4-тармағының 1) тармақшасы).',
      'Укажите оператора: полное наименование и БИН (для физического лица — ИИН), а также адрес и контактные данные (пп. 1) п. 4 ст. 8 Закона).',
      missingDetail),
    examples: {
      triggers: { yaml: 'operator:\n  term: operator\n  name:\n    kk: «Мысал» ЖШС\n    ru: ТОО «Пример»\n  legal-form: llp\n  contacts:\n    email: privacy@example.kz\n' },
      passes: { yaml: 'operator:\n  term: operator\n  name:\n    kk: «Мысал» ЖШС\n    ru: ТОО «Пример»\n  legal-form: llp\n  bin: "000740001307"\n  address:\n    kk: Алматы қ., Абай даңғылы, 1\n    ru: г. Алматы, проспект Абая, 1\n  contacts:\n    email: privacy@example.kz\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      const o = policy.operator;
      const missing: string[] = [];
      if (!o?.name) missing.push('name');
      const individual = entry('legal-forms', o?.['legal-form'])?.individual === true;
      if (!o?.bin && !o?.iin) missing.push(individual ? 'iin' : 'bin');
      if (!o?.address) missing.push('address');
      if (!o?.contacts?.email && !o?.contacts?.phone) missing.push('contacts');
      if (missing.length) ctx.report('operator', { missing: missing.join(',') }, undefined, errorIfConsent(policy));
    },
  },
  {
    code: 'R27',
    name: 'No person responsible for organising processing',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-25-2-10', 'pd-25-3'],
    trigger: loc('The operator is a legal entity (by its legal form or its name) and responsible-person is missing.',
      'Оператор заңды тұлға (ұйымдық-құқықтық нысаны немесе атауы бойынша), ал responsible-person көрсетілмеген.',
      'Оператор — юридическое лицо (по организационно-правовой форме или наименованию), а responsible-person не указано.'),
    messages: messages(
      'A legal-entity operator must appoint a person responsible for organizing personal data processing (PD Law Art. 25 p.2 sub 10); give that person\'s contact for requests.',
      'Заңды тұлға болып табылатын меншік иесі және (немесе) оператор дербес деректерді өңдеуді ұйымдастыруға жауапты тұлғаны тағайындауға міндетті (Заңның 25-бабы 2-тармағының 10) тармақшасы); өтініштер үшін оның байланыс деректерін көрсетіңіз.',
      'Собственник и (или) оператор — юридическое лицо обязан назначить лицо, ответственное за организацию обработки персональных данных (пп. 10) п. 2 ст. 25 Закона); укажите его контактные данные для обращений.'),
    examples: {
      triggers: { yaml: 'operator:\n  term: operator\n  name:\n    kk: «Мысал» ЖШС\n    ru: ТОО «Пример»\n  legal-form: llp\n  bin: "000740001307"\n  address:\n    kk: Алматы қ., Абай даңғылы, 1\n    ru: г. Алматы, проспект Абая, 1\n  contacts:\n    email: privacy@example.kz\n', remove: ['responsible-person'] },
      passes: { yaml: 'responsible-person:\n  name:\n    kk: Деректерді қорғау жөніндегі маман\n    ru: Специалист по защите данных\n  contacts:\n    email: dpo@example.kz\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      if (policy['responsible-person']) return;
      const o = policy.operator;
      const byName = o?.['legal-form'] === undefined && (ENTITY_NAME.test(o?.name?.kk ?? '') || ENTITY_NAME.test(o?.name?.ru ?? ''));
      if (operatorIsLegalEntity(policy) || byName) ctx.report(o?.['legal-form'] ? 'operator/legal-form' : 'operator');
    },
  },
  {
    code: 'R33',
    name: 'No channel for data subject requests',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-10-2', 'pd-25-3-3', 'lang-11'],
    trigger: loc('No e-mail, postal address or form for requests: neither in requests nor in the operator\'s contacts (a bare "via the website" does not count).',
      'Өтініштерге арналған электрондық пошта, пошталық мекенжай немесе нысан жоқ: requests бөлімінде де, оператордың байланыс деректерінде де (жай ғана «сайт арқылы» есептелмейді).',
      'Нет электронной почты, почтового адреса или формы для обращений — ни в requests, ни в контактах оператора («через сайт» без уточнения не считается).'),
    messages: messages(
      'Give a channel (address, e-mail, form) for subjects\' requests about their data. Requests may be made in writing or electronically (PD Law Art. 10 p.2) and are answered in Kazakh or in the language of the request (Law on Languages Art. 11).',
      'Субъектілердің өз дербес деректеріне қатысты өтініштері үшін арнаны (мекенжай, e-mail, нысан) көрсетіңіз. Өтініш жазбаша немесе электрондық құжат нысанында беріледі (Заңның 10-бабының 2-тармағы), ал жауап мемлекеттік тілде немесе өтініш жасалған тілде беріледі (Тіл туралы заңның 11-бабы).',
      'Укажите канал для обращений субъектов по поводу их персональных данных (адрес, e-mail, форма). Обращения подаются письменно или в форме электронного документа (п. 2 ст. 10 Закона), ответ дается на государственном языке или на языке обращения (ст. 11 Закона о языках).'),
    examples: {
      triggers: { yaml: 'operator:\n  term: operator\n  name:\n    kk: «Мысал» ЖШС\n    ru: ТОО «Пример»\n  legal-form: llp\n  bin: "000740001307"\n', remove: ['requests'] },
      passes: { yaml: 'requests:\n  channels: [email, post]\n  email: privacy@example.kz\n  address:\n    kk: Алматы қ., Абай даңғылы, 1\n    ru: г. Алматы, проспект Абая, 1\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      const r = policy.requests;
      const channels = (r?.channels ?? []).filter(c => entry('request-channels', c)?.vague !== true);
      const usable = (channels.length > 0 && (channels.some(c => c !== 'email') || !!r?.email || !!policy.operator?.contacts?.email)) || !!r?.email || !!r?.address;
      if (usable || policy.operator?.contacts?.email || policy.operator?.address) return;
      ctx.report(r ? (r.channels ? 'requests/channels' : 'requests') : 'operator');
    },
  },
]);
