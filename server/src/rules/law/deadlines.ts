// Deadlines the law sets: change/block/destroy in 1 working day (PD Law Art. 25 p.2 sub 8), stop processing
// within 15 working days of withdrawal (Art. 8 p.7, from 2026), online-platform complaints in 20 calendar days
// (Online Platforms Law Art. 11 p.3).
import type { Duration } from '../../schema/types';
import { LAW_DATES, exceedsCalendarDays, exceedsWorkingDays, inForce } from '../lawDates';
import { defineRules, detailBy, isOnlinePlatform, loc, messages, reportReplacing } from '../kit';

const show = (d: Duration) => `${d.count} ${d.unit}`;

export const DEADLINE_RULES = defineRules('deadlines', [
  {
    code: 'R14',
    name: 'Correction, blocking or destruction deadline longer than 1 working day',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-25-2-8'],
    trigger: loc('requests.correction, requests.blocking or requests.destruction may exceed one working day.',
      'requests.correction, requests.blocking немесе requests.destruction мерзімі бір жұмыс күнінен асуы мүмкін.',
      'Срок requests.correction, requests.blocking или requests.destruction может превысить один рабочий день.'),
    fix: loc('Set the deadline to 1 working day', 'Мерзімді 1 жұмыс күні етіп белгілеу', 'Установить срок 1 рабочий день'),
    messages: messages(
      'The law gives one working day to change, block, destroy or unblock personal data (PD Law Art. 25 p.2 sub 8); a longer period in the policy conflicts with it.',
      'Заң дербес деректерді өзгертуге, бұғаттауға, жоюға немесе бұғаттауды алып тастауға бір жұмыс күнін белгілейді (Заңның 25-бабы 2-тармағының 8) тармақшасы); саясаттағы бұдан ұзақ мерзім заңға қайшы келеді.',
      'Закон отводит один рабочий день на изменение, блокирование, уничтожение персональных данных или снятие блокирования (пп. 8) п. 2 ст. 25 Закона); более длительный срок в политике ему противоречит.'),
    examples: {
      triggers: { yaml: 'requests:\n  channels: [email]\n  email: privacy@example.kz\n  correction: 30 calendar-days\n  blocking: 1 working-day\n  destruction: 1 working-day\n  withdrawal: 15 working-days\n' },
      passes: { yaml: 'requests:\n  channels: [email]\n  email: privacy@example.kz\n  correction: 1 working-day\n  blocking: 1 working-day\n  destruction: 1 working-day\n  withdrawal: 15 working-days\n' },
    },
    check(ctx) {
      const r = ctx.policy.requests;
      for (const key of ['correction', 'blocking', 'destruction'] as const) {
        const d = r?.[key];
        if (d && exceedsWorkingDays(d, 1)) reportReplacing(ctx, `requests/${key}`, '1 working-day', { stated: show(d) });
      }
    },
  },
  {
    code: 'R16',
    name: 'Withdrawal deadline longer than 15 working days',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-8-7'],
    since: { date: LAW_DATES.law231, note: loc('the 15-working-day wording of Art. 8 p.7 (Law 231-VIII of 17.11.2025)', '8-баптың 7-тармағының он бес жұмыс күні туралы редакциясы (2025 жылғы 17 қарашадағы № 231-VIII Заң)', 'редакция п. 7 ст. 8 о пятнадцати рабочих днях (Закон от 17 ноября 2025 года № 231-VIII)') },
    trigger: loc('requests.withdrawal may exceed 15 working days (for policies effective from 2026-01-18).',
      'requests.withdrawal мерзімі 15 жұмыс күнінен асуы мүмкін (2026-01-18 бастап күшіне енетін саясаттар үшін).',
      'Срок requests.withdrawal может превысить 15 рабочих дней (для политик, вступающих в силу с 2026-01-18).'),
    fix: loc('Set the deadline to 15 working days', 'Мерзімді 15 жұмыс күні етіп белгілеу', 'Установить срок 15 рабочих дней'),
    messages: messages(
      'After consent is withdrawn, processing must stop within 15 working days, or a reasoned refusal must be given (PD Law Art. 8 p.7).',
      'Келісім кері қайтарып алынғаннан кейін он бес жұмыс күні ішінде дербес деректерді өңдеу тоқтатылуға не уәжді бас тарту ұсынылуға тиіс (Заңның 8-бабының 7-тармағы).',
      'После отзыва согласия обработка персональных данных должна быть прекращена в течение пятнадцати рабочих дней либо должен быть представлен мотивированный отказ (п. 7 ст. 8 Закона).'),
    examples: {
      triggers: { yaml: 'requests:\n  channels: [email]\n  email: privacy@example.kz\n  correction: 1 working-day\n  blocking: 1 working-day\n  destruction: 1 working-day\n  withdrawal: 30 calendar-days\n' },
      passes: { yaml: 'requests:\n  channels: [email]\n  email: privacy@example.kz\n  correction: 1 working-day\n  blocking: 1 working-day\n  destruction: 1 working-day\n  withdrawal: 15 working-days\n' },
    },
    check(ctx) {
      const d = ctx.policy.requests?.withdrawal;
      if (!d || !inForce(ctx.policy, LAW_DATES.law231)) return;
      if (exceedsWorkingDays(d, 15)) reportReplacing(ctx, 'requests/withdrawal', '15 working-days', { stated: show(d) });
    },
  },
  {
    code: 'R31',
    name: 'Complaint or request answer period too long',
    severity: 'info',
    confidence: 'H',
    citations: ['op-11-3', 'pd-25-2-6'],
    escalation: { severity: 'warning', when: loc('the resource is an online platform', 'ресурс онлайн-платформа болса', 'ресурс является онлайн-платформой') },
    trigger: loc('disputes.answer (a complaint or claim) may exceed 20 calendar days; an online platform states no answer period at all; or requests.answer (an access request) may exceed 3 working days — that figure is not verified.',
      'disputes.answer (шағым немесе талап) 20 күнтізбелік күннен асуы мүмкін; онлайн-платформа жауап беру мерзімін мүлде көрсетпеген; немесе requests.answer (ақпарат сұрау) 3 жұмыс күнінен асуы мүмкін — бұл сан тексерілмеген.',
      'disputes.answer (жалоба или претензия) может превысить 20 календарных дней; онлайн-платформа вовсе не указывает срок ответа; либо requests.answer (запрос о данных) может превысить 3 рабочих дня — эта цифра не проверена.'),
    fix: loc('Set the answer period to 20 calendar days', 'Жауап беру мерзімін 20 күнтізбелік күн етіп белгілеу', 'Установить срок ответа 20 календарных дней'),
    messages: messages(
      'An online platform must give a reasoned answer to a user\'s complaint within 20 calendar days (Online Platforms Law Art. 11 p.3); a longer period conflicts with it.',
      'Онлайн-платформаның меншік иесі шағыммен жүгінген пайдаланушыға шағым алынған күннен кейінгі күннен бастап күнтізбелік жиырма күн ішінде уәжді жауап беруге міндетті (Онлайн-платформалар туралы заңның 11-бабының 3-тармағы); бұдан ұзақ мерзім заңға қайшы келеді.',
      'Собственник онлайн-платформы обязан дать мотивированный ответ на жалобу пользователя в течение двадцати календарных дней со дня, следующего за днем ее получения (п. 3 ст. 11 Закона об онлайн-платформах); более длительный срок ему противоречит.',
      detailBy({
        request: loc('For a subject\'s request about their data the deadline is set by the Rules for collection and processing (Order No. 395/НҚ), which were not verified; a secondary source reports 3 working days: check with a lawyer.',
          'Субъектінің өз деректері туралы сұрауына жауап беру мерзімін Дербес деректерді жинау және өңдеу қағидалары (№ 395/НҚ бұйрық) белгілейді, олар тексерілмеген; қосымша дереккөз 3 жұмыс күнін көрсетеді: заңгермен ақылдасыңыз.',
          'Срок ответа на запрос субъекта о его данных установлен Правилами сбора и обработки (приказ № 395/НҚ), которые не проверены; вторичный источник указывает 3 рабочих дня: уточните у юриста.'),
        missing: loc('This online platform states no period for answering complaints.', 'Бұл онлайн-платформа шағымдарға жауап беру мерзімін көрсетпеген.', 'Эта онлайн-платформа не указывает срок ответа на жалобы.'),
      }, 'kind')),
    examples: {
      triggers: { yaml: 'resource:\n  kind: platform\n  url: https://example.kz/\n  online-platform: true\ndisputes:\n  pre-trial-claim: true\n  answer: 30 calendar-days\n' },
      passes: { yaml: 'resource:\n  kind: platform\n  url: https://example.kz/\n  online-platform: true\ndisputes:\n  pre-trial-claim: true\n  answer: 20 calendar-days\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      const platform = isOnlinePlatform(policy);
      const complaint = policy.disputes?.answer;
      if (complaint && exceedsCalendarDays(complaint, 20)) {
        reportReplacing(ctx, 'disputes/answer', '20 calendar-days', { kind: 'complaint', stated: show(complaint) }, platform ? 'warning' : undefined);
      }
      const request = policy.requests?.answer;
      if (request && exceedsWorkingDays(request, 3)) ctx.report('requests/answer', { kind: 'request', stated: show(request) });
      // an online platform must have a complaint mechanism with an answer period (Art. 11)
      if (platform && !complaint && !request) ctx.report(policy.disputes ? 'disputes' : policy.requests ? 'requests' : 'resource', { kind: 'missing' }, undefined, 'warning');
    },
  },
]);
