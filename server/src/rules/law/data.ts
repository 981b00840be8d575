// The data collected: a closed list (PD Law Art. 8 p.4 sub 7), minimisation (Art. 7 p.9, Art. 12 p.1),
// special regimes (biometrics Art. 11 p.3, identity document copies Art. 7 p.10), imports (Art. 7 p.11),
// and what counts as personal data (Art. 1 sub 2).
import { entry } from '../../taxonomy/taxonomy';
import type { PolicyAnalysis } from '../../model/analysis';
import { dataItems, defineRules, ERROR_IF_CONSENT, errorIfConsent, findInTexts, loc, messages, purposeEntries, valueAt, WORD_END as E, WORD_START as W } from '../kit';
import { BASE_DATA, withDataItem } from '../examples';

/** Open-ended list markers: «т.б.», «басқа да …», «и т.д.», «иные данные», «не ограничиваясь». */
const OPEN_LIST = {
  kk: new RegExp(`${W}(т\\.\\s?б\\.|т\\.\\s?с\\.\\s?с\\.|және\\s+басқа(лар)?|басқа\\s+да|өзге\\s+де|оның\\s+ішінде)(?!\\p{L})`, 'giu'),
  ru: new RegExp(`${W}(и\\s+т\\.\\s?д\\.|и\\s+т\\.\\s?п\\.|ины[ея]\\s+(данные|сведения|информаци\\p{L}*)|и\\s+друг(ие|ое)|и\\s+проч(ие|ее)|не\\s+ограничива\\p{L}*)(?!\\p{L})`, 'giu'),
};

/** Technical identifiers called "not personal data". */
const NOT_PERSONAL = {
  kk: new RegExp(`${W}(дербестендірілмеген|дербес\\s+деректер\\s+ұғымына\\s+кірмей\\p{L}*|дербес\\s+деректерге\\s+жатпай\\p{L}*|дербес\\s+деректер\\s+болып\\s+табылмай\\p{L}*|дербес\\s+емес)${E}`, 'giu'),
  ru: new RegExp(`${W}(неперсональн\\p{L}*|не\\s+(являю\\p{L}*|относя\\p{L}*\\s+к)\\s+персональн\\p{L}*|обезличенн\\p{L}*\\s+техническ\\p{L}*)${E}`, 'giu'),
};

/** High-risk data and the low-need purposes it is excessive for (REFERENCE §3: IIN for a newsletter, geolocation for fraud prevention). */
const EXCESSIVE: Record<string, readonly string[]> = {
  iin: ['marketing', 'targeted-ads', 'statistics', 'improvement', 'feedback', 'communication', 'support'],
  'id-document-copy': ['marketing', 'targeted-ads', 'statistics', 'improvement', 'feedback', 'communication', 'support'],
  biometric: ['marketing', 'targeted-ads', 'statistics', 'improvement', 'feedback', 'communication'],
  health: ['marketing', 'targeted-ads', 'statistics', 'improvement', 'feedback', 'communication', 'fraud-prevention', 'security'],
  geolocation: ['fraud-prevention', 'marketing', 'targeted-ads', 'statistics', 'improvement'],
  // where the user is, inferred from the address they gave (seed 001 §4.1.4: «орналасқан жерін анықтау»)
  region: ['fraud-prevention'],
  district: ['fraud-prevention'],
  settlement: ['fraud-prevention'],
};

/** A text of the data list: a data item's, or a clause's in the "data" section. */
function inDataList(path: string, analysis: PolicyAnalysis): boolean {
  if (path.startsWith('data/')) return true;
  const m = /^clauses\/(\d+)\//.exec(path);
  return m !== null && (valueAt(analysis, `clauses/${m[1]}/section`) === 'data');
}

export const DATA_RULES = defineRules('data', [
  {
    code: 'R07',
    name: 'Open-ended or missing list of data',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-8-4-7', 'pd-25-2-1'],
    escalation: ERROR_IF_CONSENT,
    trigger: loc('No data items, a data item of the open-ended category "other-unspecified", or a data label with «т.б.», «басқа да», «и т.д.», «иные данные».',
      'Деректер тізбесі бос, «other-unspecified» (ашық тізбе) санаты бар, немесе дерек атауында «т.б.», «басқа да» сөздері бар.',
      'Перечень данных пуст, есть категория «other-unspecified» (открытый перечень) либо в названии данных есть «и т.д.», «иные данные».'),
    messages: messages(
      'Give a closed list of the personal data collected; open-ended lists ("etc.", "other data") do not meet PD Law Art. 8 p.4 sub 7 and Art. 25 p.2 sub 1.',
      'Жиналатын дербес деректердің түпкілікті тізбесін келтіріңіз; «т.б.», «басқа да деректер» сияқты ашық тізбе Заңның 8-бабы 4-тармағының 7) тармақшасына және 25-бабы 2-тармағының 1) тармақшасына сәйкес келмейді.',
      'Приведите исчерпывающий перечень собираемых персональных данных; открытый перечень («и т.д.», «иные данные») не соответствует пп. 7) п. 4 ст. 8 и пп. 1) п. 2 ст. 25 Закона.'),
    examples: {
      triggers: { yaml: withDataItem('other', '{ category: other-unspecified }') },
      passes: { yaml: BASE_DATA },
    },
    check(ctx) {
      const { policy, analysis } = ctx;
      const severity = errorIfConsent(policy);
      const items = dataItems(policy);
      if (items.length === 0) {
        ctx.report('data', undefined, undefined, severity);
        return;
      }
      for (const [id, item] of items) {
        if (entry('data-categories', item.category)?.['open-ended'] === true) ctx.report(`data/${id}/category`, undefined, undefined, severity);
      }
      for (const m of findInTexts(analysis, OPEN_LIST, inDataList)) ctx.reportAt(m.start, m.end, { phrase: m.match }, undefined, severity);
    },
  },
  {
    code: 'R11',
    name: 'Data excessive for its purpose',
    severity: 'warning',
    confidence: 'M',
    citations: ['pd-7-9', 'pd-12-1'],
    trigger: loc('A high-risk data item (IIN, identity document copy, biometrics, health, geolocation) serves only a low-need purpose such as marketing, statistics or fraud prevention. (Data used by no purpose are reported as unused-data.)',
      'Жоғары тәуекелді дерек (ЖСН, құжат көшірмесі, биометрия, денсаулық, геолокация) маркетинг, статистика немесе алаяқтықтың алдын алу сияқты қажеттілігі төмен мақсатқа пайдаланылады.',
      'Данные повышенного риска (ИИН, копия документа, биометрия, здоровье, геолокация) используются для цели с низкой потребностью: маркетинг, статистика, предотвращение мошенничества.'),
    messages: messages(
      'This data category is not linked to any stated purpose or appears excessive for it (PD Law Art. 7 p.9, Art. 12 p.1).',
      'Бұл дербес деректер санаты ешбір көрсетілген мақсатпен байланыстырылмаған немесе мақсатқа қатысты артық болып көрінеді (Заңның 7-бабының 9-тармағы, 12-бабының 1-тармағы).',
      'Эта категория персональных данных не связана ни с одной заявленной целью или избыточна по отношению к ней (п. 9 ст. 7, п. 1 ст. 12 Закона).'),
    examples: {
      triggers: {
        yaml: 'data:\n  full-name: { category: full-name, source: registration, required: true }\n  email: { category: email, source: registration, required: true }\n  location: { category: geolocation, source: automatic }\n' +
          'purposes:\n  provide-service:\n    category: service\n    data: [full-name, email]\n    basis: consent\n    retention: { until: account-deleted }\n  fraud:\n    category: fraud-prevention\n    data: [location]\n    basis: consent\n    retention: { until: purpose-achieved }\n',
      },
      passes: {
        yaml: 'data:\n  full-name: { category: full-name, source: registration, required: true }\n  email: { category: email, source: registration, required: true }\n  ip: { category: ip-address, source: automatic }\n' +
          'purposes:\n  provide-service:\n    category: service\n    data: [full-name, email]\n    basis: consent\n    retention: { until: account-deleted }\n  fraud:\n    category: fraud-prevention\n    data: [ip]\n    basis: consent\n    retention: { until: purpose-achieved }\n',
      },
    },
    check(ctx) {
      const { policy } = ctx;
      for (const [pid, purpose] of purposeEntries(policy)) {
        purpose.data?.forEach((did, i) => {
          const category = policy.data?.[did]?.category;
          if (category !== undefined && purpose.category !== undefined && EXCESSIVE[category]?.includes(purpose.category)) {
            ctx.report(`purposes/${pid}/data/${i}`, { data: did, purpose: pid });
          }
        });
      }
    },
  },
  {
    code: 'R21',
    name: 'Biometric data',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-1-1', 'pd-7-12', 'pd-11-3', 'dc-48'],
    trigger: loc('A data item of category "biometric", or a photograph used to identify the user.',
      '«biometric» санатындағы дерек немесе пайдаланушыны сәйкестендіру үшін пайдаланылатын фотосурет.',
      'Данные категории «biometric» или фотография, используемая для идентификации пользователя.'),
    messages: messages(
      'Biometric data (face images used for recognition, voice, fingerprints) are personal data with a special confidentiality regime; describe the consent and protection measures for them (PD Law Art. 1, Art. 11 p.3, Art. 7 p.12).',
      'Биометриялық деректер (тану үшін пайдаланылатын бет бейнесі, дауыс, саусақ іздері) ерекше құпиялылық режиміндегі дербес деректер болып табылады; оларға қатысты келісімді және қорғау шараларын сипаттаңыз (Заңның 1-бабы, 11-бабының 3-тармағы, 7-бабының 12-тармағы).',
      'Биометрические данные (изображение лица для распознавания, голос, отпечатки пальцев) являются персональными данными с особым режимом конфиденциальности; опишите порядок получения согласия и меры защиты (ст. 1, п. 3 ст. 11, п. 12 ст. 7 Закона).'),
    examples: {
      triggers: { yaml: withDataItem('face', '{ category: biometric, source: user }') },
      passes: { yaml: BASE_DATA },
    },
    check(ctx) {
      const { policy } = ctx;
      const identifying = new Set<string>();
      for (const [, p] of purposeEntries(policy)) if (p.category === 'identification') p.data?.forEach(d => identifying.add(d));
      for (const [id, item] of dataItems(policy)) {
        if (item.category === 'biometric' || (item.category === 'photo' && identifying.has(id))) ctx.report(`data/${id}/category`);
      }
    },
  },
  {
    code: 'R26',
    name: 'Paper copies of identity documents',
    severity: 'error',
    confidence: 'H',
    citations: ['pd-7-10'],
    trigger: loc('A data item of category "id-document-copy".', '«id-document-copy» санатындағы дерек.', 'Данные категории «id-document-copy».'),
    messages: messages(
      'Collecting and processing paper copies of identity documents is prohibited, except in narrow cases set by law (PD Law Art. 7 p.10).',
      'Жеке басты куәландыратын құжаттардың қағаз жеткізгіштегі көшірмелерін жинауға, өңдеуге заңда көзделген тар жағдайларды қоспағанда тыйым салынады (Заңның 7-бабының 10-тармағы).',
      'Сбор и обработка копий документов, удостоверяющих личность, на бумажном носителе запрещены, за исключением узких случаев, предусмотренных законом (п. 10 ст. 7 Закона).'),
    examples: {
      triggers: { yaml: withDataItem('passport', '{ category: id-document-copy, source: user }') },
      passes: { yaml: BASE_DATA },
    },
    check(ctx) {
      for (const [id, item] of dataItems(ctx.policy)) if (item.category === 'id-document-copy') ctx.report(`data/${id}/category`);
    },
  },
  {
    code: 'R28',
    name: 'Importing from other databases or scraping public sources',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-7-11', 'pd-7-5', 'pd-7-1'],
    trigger: loc('A data item whose source is other-databases or public-sources.', 'Дерек көзі — other-databases немесе public-sources.', 'Источник данных — other-databases или public-sources.'),
    messages: messages(
      'Building or expanding a database by non-purposeful extraction of personal data from public sources is prohibited (PD Law Art. 7 p.11). Data imported from other databases needs its own lawful basis, and re-using published data requires a source reference (Art. 7 p.5).',
      'Дербес деректерді жалпыға бірдей қолжетімді көздерден мақсатсыз алу арқылы дерекқорлар құруға немесе кеңейтуге тыйым салынады (Заңның 7-бабының 11-тармағы). Басқа дерекқорлардан алынған деректердің өз заңды негізі болуға тиіс, ал жарияланған деректерді қайта пайдаланғанда дереккөзге сілтеме қажет (7-баптың 5-тармағы).',
      'Создание или расширение баз данных путем нецелевого извлечения персональных данных из общедоступных источников запрещено (п. 11 ст. 7 Закона). Для данных, полученных из других баз, нужно собственное правовое основание, а повторное использование опубликованных данных допускается при ссылке на источник (п. 5 ст. 7).'),
    examples: {
      triggers: { yaml: 'data:\n  full-name: { category: full-name, source: other-databases, required: true }\n  email: { category: email, source: registration, required: true }\n' },
      passes: { yaml: BASE_DATA },
    },
    check(ctx) {
      for (const [id, item] of dataItems(ctx.policy)) {
        if (entry('data-sources', item.source)?.imported === true) ctx.report(`data/${id}/source`);
      }
    },
  },
  {
    code: 'R29',
    name: 'Technical identifiers declared "not personal data"',
    severity: 'warning',
    confidence: 'M',
    citations: ['pd-1-2'],
    trigger: loc('A text calls data «дербестендірілмеген», «дербес деректер ұғымына кірмейтін», «неперсональные» or says they are not personal data.',
      'Мәтінде деректер «дербестендірілмеген», «дербес деректер ұғымына кірмейтін» деп аталады.',
      'В тексте данные названы «неперсональными» или сказано, что они не являются персональными данными.'),
    messages: messages(
      'IP addresses, cookie and device identifiers, and browsing history linked to an account relate to an identifiable person and are personal data (PD Law Art. 1 sub 2); do not call them "non-personal".',
      'Аккаунтпен байланыстырылған IP-мекенжайлар, cookie және құрылғы сәйкестендіргіштері, қаралған беттердің тарихы айқындалатын тұлғаға қатысты болғандықтан, дербес деректер болып табылады (Заңның 1-бабының 2) тармақшасы); оларды «дербес емес деректер» деп атамаңыз.',
      'IP-адреса, идентификаторы cookie и устройств, история просмотров, связанные с учетной записью, относятся к определяемому лицу и являются персональными данными (пп. 2) ст. 1 Закона); не называйте их «неперсональными».'),
    examples: {
      triggers: { yaml: 'terms:\n  other-data:\n    term: { kk: Деректер, ru: Данные }\n    definition:\n      kk: Пайдаланушы туралы дербес деректер ұғымына кірмейтін басқа деректер\n      ru: Иные данные о Пользователе, не являющиеся персональными данными\n' },
      passes: { yaml: 'terms:\n  personal-data:\n    term: { kk: Дербес деректер, ru: Персональные данные }\n    definition:\n      kk: Пайдаланушыға қатысты мәліметтер, оның ішінде IP-мекенжай\n      ru: Сведения, относящиеся к Пользователю, в том числе IP-адрес\n' },
    },
    check(ctx) {
      for (const m of findInTexts(ctx.analysis, NOT_PERSONAL)) ctx.reportAt(m.start, m.end, { phrase: m.match });
    },
  },
]);
