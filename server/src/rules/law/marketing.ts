// Marketing: a separate purpose with its own consent (PD Law Art. 7 p.8, Art. 8, Art. 15 p.2), and
// targeted advertising and profiling (Online Platforms Law Art. 20 p.3–4).
import { entry } from '../../taxonomy/taxonomy';
import { defineRules, loc, messages, purposeEntries, servesMinors } from '../kit';

/** Data that may not feed profiling for targeted ads (Online Platforms Law Art. 20 p.3). */
const NO_PROFILING = new Set(['biometric', 'health', 'iin', 'id-document-copy']);

export const MARKETING_RULES = defineRules('marketing', [
  {
    code: 'R17',
    name: 'Marketing consent bundled with acceptance',
    severity: 'warning',
    confidence: 'M',
    citations: ['pd-7-8', 'pd-8-1', 'pd-8-7', 'pd-14', 'pd-15-2', 'adv-10-3'],
    trigger: loc('marketing.consent, or the consent of a marketing purpose, is not "separate".',
      'marketing.consent немесе маркетинг мақсатына келісім «separate» емес.',
      'marketing.consent или согласие на маркетинговую цель — не «separate».'),
    messages: messages(
      'Marketing SMS, e-mails and calls are a separate purpose. Get a separate, optional consent that can be withdrawn, instead of bundling it with acceptance of the policy (PD Law Art. 7 p.8, Art. 8, Art. 15 p.2).',
      'Жарнамалық SMS, e-mail таратылымдары мен қоңыраулар — дербес деректерді өңдеудің жеке мақсаты. Оған келісімді саясатты қабылдаумен біріктірмей, бөлек әрі ерікті түрде, кері қайтарып алу мүмкіндігімен алыңыз (Заңның 7-бабының 8-тармағы, 8-бабы, 15-бабының 2-тармағы).',
      'Рекламные SMS- и e-mail-рассылки и звонки — отдельная цель обработки. Получайте на них отдельное добровольное согласие с возможностью отзыва, а не в составе принятия политики (п. 8 ст. 7, ст. 8, п. 2 ст. 15 Закона).'),
    examples: {
      triggers: { yaml: 'marketing:\n  channels: [email, sms]\n  consent: bundled\n' },
      passes: { yaml: 'marketing:\n  channels: [email, sms]\n  consent: separate\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      const general = policy.marketing?.consent;
      if (policy.marketing && general !== 'separate') ctx.report(general ? 'marketing/consent' : 'marketing');
      for (const [id, p] of purposeEntries(policy)) {
        if (entry('purpose-categories', p.category)?.marketing !== true) continue;
        if (p.consent === undefined && policy.marketing) continue; // the marketing section speaks for it
        if ((p.consent ?? 'bundled') !== 'separate') ctx.report(p.consent ? `purposes/${id}/consent` : `purposes/${id}`);
      }
    },
  },
  {
    code: 'R18',
    name: 'Targeted advertising or profiling',
    severity: 'warning',
    confidence: 'H',
    citations: ['op-20-3', 'op-20-4', 'op-12-2', 'pd-17-1'],
    escalation: { severity: 'error', when: loc('the service serves minors, or profiling uses biometric, health or identifying data', 'қызметті кәмелетке толмағандар пайдаланса немесе профайлинг биометриялық, денсаулық туралы не сәйкестендіретін деректерге негізделсе', 'сервисом пользуются несовершеннолетние или профайлинг основан на биометрических, медицинских либо идентифицирующих данных') },
    trigger: loc('marketing.targeted-ads or marketing.profiling is true, or a purpose of category targeted-ads.',
      'marketing.targeted-ads немесе marketing.profiling true, не targeted-ads санатындағы мақсат бар.',
      'marketing.targeted-ads или marketing.profiling — true, либо есть цель категории targeted-ads.'),
    messages: messages(
      'Targeted advertising: profiling based on ethnicity, political views, biometric or identifying personal data or health is prohibited, and targeted ads must not be shown to minors (Online Platforms Law Art. 20 p.3–4).',
      'Таргеттелген жарнама: нәсілдік немесе ұлттық тиесілілік, саяси көзқарас, биометриялық немесе жеке тұлғаны сәйкестендіруге мүмкіндік беретін дербес деректер, денсаулық жағдайы туралы ақпарат негізіндегі профайлингке тыйым салынған; кәмелетке толмаған пайдаланушыларға таргеттелген жарнама көрсетілмеуге тиіс (Онлайн-платформалар және онлайн-жарнама туралы заңның 20-бабының 3–4-тармақтары).',
      'Таргетированная реклама: профайлинг на основе расовой или национальной принадлежности, политических взглядов, биометрических или идентифицирующих персональных данных, сведений о здоровье запрещен; несовершеннолетним пользователям таргетированная реклама не показывается (пп. 3–4 ст. 20 Закона «Об онлайн-платформах и онлайн-рекламе»).'),
    examples: {
      triggers: { yaml: 'marketing:\n  channels: [email]\n  consent: separate\n  targeted-ads: true\n' },
      passes: { yaml: 'marketing:\n  channels: [email]\n  consent: separate\n  targeted-ads: false\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      const sensitive = new Set<string>();
      const adPurposes: string[] = [];
      for (const [id, p] of purposeEntries(policy)) {
        if (p.category !== 'targeted-ads') continue;
        adPurposes.push(id);
        p.data?.forEach(d => { if (NO_PROFILING.has(policy.data?.[d]?.category ?? '')) sensitive.add(d); });
      }
      const m = policy.marketing;
      const flagged = m?.['targeted-ads'] === true || m?.profiling === true;
      if (!flagged && adPurposes.length === 0) return;
      const severity = servesMinors(policy) || sensitive.size > 0 ? 'error' : undefined;
      const args = { minors: servesMinors(policy) ? 1 : 0, sensitive: [...sensitive].join(',') };
      if (flagged) ctx.report(m?.['targeted-ads'] === true ? 'marketing/targeted-ads' : 'marketing/profiling', args, undefined, severity);
      else ctx.report(`purposes/${adPurposes[0]}`, args, undefined, severity);
    },
  },
]);
