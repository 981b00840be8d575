// Purposes: specific and predefined (PD Law Art. 7 p.8, Art. 14), research on depersonalised data (Art. 17 p.1).
import { entry } from '../../taxonomy/taxonomy';
import { defineRules, detailBy, findInTexts, loc, messages, purposeEntries } from '../kit';

/** Open-ended purposes: «өзге де мақсаттар», «және басқа», «иные цели», «в том числе», «и другие». */
const VAGUE_PURPOSE = {
  kk: /(?<![\p{L}\p{N}])(өзге\s+де|басқа\s+да|және\s+басқа(лар)?|т\.\s?б\.|оның\s+ішінде)(?!\p{L})/giu,
  ru: /(?<![\p{L}\p{N}])(ины[ех]\s+цел\p{L}*|и\s+друг(их|ие)|в\s+том\s+числе|и\s+т\.\s?д\.|и\s+т\.\s?п\.|не\s+ограничива\p{L}*)(?!\p{L})/giu,
};

/** A purpose's description (the only texts where an open-ended phrase makes a purpose vague). */
const isPurposeDescription = (path: string) => /^purposes\/[^/]+\/description$/.test(path);

export const PURPOSE_RULES = defineRules('purposes', [
  {
    code: 'R09',
    name: 'Purposes missing or vague',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-7-8', 'pd-14'],
    trigger: loc('No purposes; a purpose of a vague category (unspecified) or with no data tied to it; or a purpose description with «өзге де», «иные цели», «в том числе».',
      'Мақсаттар жоқ; мақсат санаты бұлыңғыр (unspecified) немесе оған деректер байланыстырылмаған; не мақсат сипаттамасында «өзге де», «оның ішінде» сөздері бар.',
      'Целей нет; категория цели неопределенная (unspecified) или к цели не привязаны данные; либо в описании цели есть «иные цели», «в том числе».'),
    messages: messages(
      'List specific, predefined purposes; vague or open-ended purposes ("other purposes") are not allowed (PD Law Art. 7 p.8, Art. 14).',
      'Нақты, алдын ала айқындалған мақсаттарды көрсетіңіз; «өзге де мақсаттар» сияқты бұлыңғыр немесе ашық мақсаттарға жол берілмейді (Заңның 7-бабының 8-тармағы, 14-бабы).',
      'Укажите конкретные, заранее определенные цели; расплывчатые или открытые цели («иные цели») недопустимы (п. 8 ст. 7, ст. 14 Закона).',
      detailBy({ 'no-data': loc('No data item is tied to this purpose.', 'Бұл мақсатқа ешбір дерек байланыстырылмаған.', 'К этой цели не привязаны данные.') })),
    examples: {
      triggers: { yaml: 'purposes:\n  provide-service:\n    category: service\n    data: [full-name, email]\n    basis: consent\n    retention: { until: account-deleted }\n    description:\n      kk: Қызмет көрсету және өзге де мақсаттар\n      ru: Оказание услуг и иные цели\n' },
      passes: { yaml: 'purposes:\n  provide-service:\n    category: service\n    data: [full-name, email]\n    basis: consent\n    retention: { until: account-deleted }\n    description:\n      kk: Білім беру қызметтерін көрсету\n      ru: Оказание образовательных услуг\n' },
    },
    check(ctx) {
      const purposes = purposeEntries(ctx.policy);
      if (purposes.length === 0) {
        ctx.report('purposes', { problem: 'none' });
        return;
      }
      for (const [id, p] of purposes) {
        if (entry('purpose-categories', p.category)?.vague === true) ctx.report(`purposes/${id}/category`, { problem: 'vague' });
        else if (!p.data?.length) ctx.report(`purposes/${id}`, { problem: 'no-data' });
      }
      for (const m of findInTexts(ctx.analysis, VAGUE_PURPOSE, isPurposeDescription)) {
        ctx.reportAt(m.start, m.end, { problem: 'open', phrase: m.match });
      }
    },
  },
  {
    code: 'R19',
    name: 'Research or statistics without depersonalisation',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-17-1'],
    trigger: loc('A research or statistics purpose whose data are not depersonalised (depersonalized is not true), or whose data are transferred to third parties.',
      'Зерттеу немесе статистика мақсатының деректері иесіздендірілмейді (depersonalized: true емес) немесе үшінші тұлғаларға беріледі.',
      'Данные для цели исследований или статистики не обезличиваются (depersonalized не true) либо передаются третьим лицам.'),
    messages: messages(
      'Personal data used for statistical, sociological, scientific or marketing research must be depersonalized by whoever transfers it (PD Law Art. 17 p.1).',
      'Статистикалық, социологиялық, ғылыми, маркетингтік зерттеулер үшін дербес деректерді беретін тұлға оларды иесіздендіруге міндетті (Заңның 17-бабының 1-тармағы).',
      'Персональные данные, используемые для статистических, социологических, научных, маркетинговых исследований, должны быть обезличены лицом, которое их передает (п. 1 ст. 17 Закона).'),
    examples: {
      triggers: { yaml: 'purposes:\n  provide-service:\n    category: service\n    data: [full-name, email]\n    basis: consent\n    retention: { until: account-deleted }\n  research:\n    category: statistics\n    data: [email]\n    basis: consent\n    retention: { until: purpose-achieved }\n' },
      passes: { yaml: 'purposes:\n  provide-service:\n    category: service\n    data: [full-name, email]\n    basis: consent\n    retention: { until: account-deleted }\n  research:\n    category: statistics\n    data: [email]\n    basis: consent\n    depersonalized: true\n    retention: { until: purpose-achieved }\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      const undepersonalized = new Set<string>();
      for (const [id, p] of purposeEntries(policy)) {
        if (entry('purpose-categories', p.category)?.research !== true || p.depersonalized === true) continue;
        undepersonalized.add(id);
        ctx.report(`purposes/${id}`);
      }
      // research data passed on without depersonalisation: the transferring party's duty
      (policy.transfers ?? []).forEach((t, i) => {
        if (t.purposes?.some(p => undepersonalized.has(p))) ctx.report(`transfers/${i}/purposes`);
      });
    },
  },
]);
