// Storage: where the database is (PD Law Art. 12 p.2) and how long data is kept (Art. 12 p.2, Art. 18).
import { entry } from '../../taxonomy/taxonomy';
import { defineRules, loc, messages, reportReplacing } from '../kit';

const FOREIGN_COPY_OK = new Set(['kazakhstan', 'kazakhstan-and-abroad']);

export const STORAGE_RULES = defineRules('storage', [
  {
    code: 'R01',
    name: 'Storage outside Kazakhstan',
    severity: 'error',
    confidence: 'H',
    citations: ['pd-12-2', 'inf-36-8'],
    trigger: loc(
      'storage.location is abroad, or a hosting processor is in a foreign country while no database in Kazakhstan is stated.',
      'storage.location — шетел, немесе Қазақстандағы база көрсетілмей, хостинг өңдеушісі шет мемлекетте орналасқан.',
      'storage.location — за рубежом, либо обработчик-хостинг находится в иностранном государстве, а база в Казахстане не указана.'),
    messages: messages(
      'Personal data must be stored in a database located in Kazakhstan (PD Law Art. 12 p.2). Storing it on servers abroad conflicts with this rule.',
      'Дербес деректер Қазақстан Республикасының аумағындағы базада сақталуға тиіс (Заңның 12-бабының 2-тармағы). Оларды шетелдегі серверлерде сақтау бұл талапқа қайшы келеді.',
      'Персональные данные должны храниться в базе, находящейся на территории Республики Казахстан (п. 2 ст. 12 Закона). Хранение на серверах за рубежом противоречит этому требованию.'),
    examples: {
      triggers: { yaml: 'storage:\n  location: abroad\n  countries: [DE]\n' },
      passes: { yaml: 'storage:\n  location: kazakhstan\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      const location = policy.storage?.location;
      if (entry('storage-locations', location)?.foreign === true) {
        ctx.report('storage/location');
        return;
      }
      if (location !== undefined && FOREIGN_COPY_OK.has(location)) return;
      const hosting = new Set(policy.storage?.hosting ?? []);
      for (const [id, p] of Object.entries(policy.processors ?? {})) {
        if ((p.service === 'hosting' || hosting.has(id)) && p.country !== undefined && p.country !== 'KZ') ctx.report(`processors/${id}/country`);
      }
    },
  },
  {
    code: 'R02',
    name: 'Storage location not stated',
    severity: 'warning',
    confidence: 'M',
    citations: ['pd-12-2', 'pd-24-1-1'],
    trigger: loc('No storage section, or storage.location is unspecified.', 'storage бөлімі жоқ немесе storage.location көрсетілмеген.', 'Нет раздела storage или storage.location не указан.'),
    messages: messages(
      'State where the database with personal data is located (it must be in Kazakhstan), including hosting providers (PD Law Art. 12 p.2, Art. 24 p.1 sub 1).',
      'Дербес деректер қамтылған база қай жерде орналасқанын (Қазақстан Республикасының аумағында болуға тиіс) және хостинг-провайдерлерді көрсетіңіз (Заңның 12-бабының 2-тармағы, 24-бабы 1-тармағының 1) тармақшасы).',
      'Укажите, где находится база, содержащая персональные данные (она должна находиться на территории Республики Казахстан), в том числе хостинг-провайдеров (п. 2 ст. 12, пп. 1) п. 1 ст. 24 Закона).'),
    examples: {
      triggers: { yaml: 'storage:\n  location: unspecified\n' },
      passes: { yaml: 'storage:\n  location: kazakhstan\n' },
    },
    check(ctx) {
      const location = ctx.policy.storage?.location;
      if (location === undefined) ctx.report('storage');
      else if (location === 'unspecified') ctx.report('storage/location');
    },
  },
  {
    code: 'R03',
    name: 'Unlimited retention',
    severity: 'error',
    confidence: 'H',
    citations: ['pd-12-2', 'pd-18', 'pd-25-2-4'],
    trigger: loc('A retention term (global, per purpose or per data item) is "unlimited".', 'Сақтау мерзімі (жалпы, мақсат немесе дерек бойынша) «unlimited».', 'Срок хранения (общий, по цели или по данным) — «unlimited».'),
    fix: loc('Keep until the purposes are achieved', 'Мақсаттарға қол жеткізілгенге дейін сақтау', 'Хранить до достижения целей'),
    messages: messages(
      'Storing personal data "without time limit" is not allowed: the storage period ends when the purposes of processing are achieved (PD Law Art. 12 p.2, Art. 18).',
      'Дербес деректерді «мерзім шектелмей» сақтауға болмайды: сақтау мерзімі оларды жинау және өңдеу мақсаттарына қол жеткізілген күнмен айқындалады (Заңның 12-бабының 2-тармағы, 18-бабы).',
      'Бессрочное хранение персональных данных недопустимо: срок хранения определяется датой достижения целей их сбора и обработки (п. 2 ст. 12, ст. 18 Закона).'),
    examples: {
      triggers: { yaml: 'retention: { until: unlimited }\n' },
      passes: { yaml: 'retention: { until: purpose-achieved }\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      const terms: [string, { until?: string } | undefined][] = [['retention', policy.retention]];
      for (const [id, p] of Object.entries(policy.purposes ?? {})) terms.push([`purposes/${id}/retention`, p.retention]);
      for (const [id, d] of Object.entries(policy.data ?? {})) terms.push([`data/${id}/retention`, d.retention]);
      for (const [path, term] of terms) {
        if (entry('term-criteria', term?.until)?.unlimited === true) reportReplacing(ctx, `${path}/until`, 'purpose-achieved');
      }
    },
  },
  {
    code: 'R04',
    name: 'No retention period or criterion',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-24-1-1', 'pd-12-2'],
    trigger: loc(
      'A purpose has no retention of its own (nor do all of its data items), and the global retention gives no concrete period or criterion — «until the purposes are achieved» only restates the law (REFERENCE §7: a period or criterion per purpose).',
      'Мақсаттың (немесе оның барлық деректерінің) өз сақтау мерзімі жоқ, ал жалпы сақтау мерзімі нақты кезеңді немесе өлшемді көрсетпейді — «мақсаттарға қол жеткізілгенге дейін» деген сөз тек заңды қайталайды.',
      'У цели (или у всех ее данных) нет своего срока хранения, а общий срок не называет конкретного периода или критерия — «до достижения целей» лишь повторяет закон.'),
    messages: messages(
      'Specify storage periods (or criteria) for each purpose; the data subject has the right to know them (PD Law Art. 24 p.1 sub 1).',
      'Әр мақсат бойынша сақтау мерзімін (немесе оны айқындау өлшемін) көрсетіңіз; субъектінің оларды білуге құқығы бар (Заңның 24-бабы 1-тармағының 1) тармақшасы).',
      'Укажите сроки хранения (или критерии их определения) по каждой цели: субъект вправе знать сроки обработки, в том числе хранения (пп. 1) п. 1 ст. 24 Закона).'),
    examples: {
      triggers: { yaml: 'purposes:\n  provide-service:\n    category: service\n    data: [full-name, email]\n    basis: consent\n', remove: ['retention'] },
      passes: { yaml: 'retention: { until: purpose-achieved }\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      const global = policy.retention;
      if (entry('term-criteria', global?.until)?.unlimited === true) return; // R03
      if (global && (global.period || (global.until !== undefined && global.until !== 'purpose-achieved'))) return;
      const purposes = Object.entries(policy.purposes ?? {});
      const missing = purposes.filter(([, p]) => !p.retention && !((p.data?.length ?? 0) > 0 && p.data!.every(d => policy.data?.[d]?.retention)));
      if (purposes.length === 0 || missing.length === purposes.length) ctx.report(global ? 'retention' : 'purposes');
      else for (const [id] of missing) ctx.report(`purposes/${id}`);
    },
  },
]);
