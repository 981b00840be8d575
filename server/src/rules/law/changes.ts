// Changes to the policy: notice and fresh consent (Civil Code Art. 401, 404, 389 p.2; PD Law Art. 15 p.2, Art. 7 p.6).
import { defineRules, loc, messages } from '../kit';

export const CHANGES_RULES = defineRules('changes', [
  {
    code: 'R25',
    name: 'Unilateral changes without notice or fresh consent',
    severity: 'warning',
    confidence: 'M',
    citations: ['cc-401-1', 'cc-404-1', 'cc-389-2', 'pd-15-2', 'pd-7-6'],
    trigger: loc('changes.notice is none; or the operator changes the policy unilaterally without asking fresh consent; or continued use counts as accepting changes; or the user must watch for changes themselves.',
      'changes.notice — none; немесе оператор саясатты жаңа келісім сұрамай біржақты өзгертеді; не пайдалануды жалғастыру өзгерістерді қабылдау деп есептеледі; не пайдаланушы өзгерістерді өзі қадағалауға міндетті.',
      'changes.notice — none; либо оператор меняет политику в одностороннем порядке без нового согласия; либо продолжение использования считается принятием изменений; либо пользователь должен сам отслеживать изменения.'),
    messages: messages(
      'Unilateral changes without notice are weak under Civil Code Art. 401 and 404. New purposes, recipients or cross-border transfers need fresh consent (PD Law Art. 15 p.2, Art. 7 p.6). Say how users are told about changes.',
      'Саясатты хабарламай, біржақты тәртіппен өзгерту Азаматтық кодекстің 401, 404-баптары тұрғысынан әлсіз. Жаңа мақсаттар, алушылар немесе трансшекаралық беру үшін жаңа келісім қажет (Заңның 15-бабының 2-тармағы, 7-бабының 6-тармағы). Пайдаланушылар өзгерістер туралы қалай хабардар етілетінін көрсетіңіз.',
      'Одностороннее изменение политики без уведомления уязвимо с точки зрения ст. 401, 404 ГК. Для новых целей, получателей или трансграничной передачи требуется новое согласие (п. 2 ст. 15, п. 6 ст. 7 Закона). Укажите, как пользователи уведомляются об изменениях.'),
    examples: {
      triggers: { yaml: 'changes:\n  notice: none\n  unilateral: true\n' },
      passes: { yaml: 'changes:\n  notice: email\n  fresh-consent: true\n  notice-period: 10 calendar-days\n' },
    },
    check(ctx) {
      const c = ctx.policy.changes;
      if (!c) return;
      if (c.notice === 'none') ctx.report('changes/notice', { problem: 'no-notice' });
      else if (c['continued-use'] === true) ctx.report('changes/continued-use', { problem: 'continued-use' });
      else if (c.unilateral === true && c['fresh-consent'] !== true) ctx.report('changes/unilateral', { problem: 'unilateral' });
      else if (c['user-must-check'] === true) ctx.report('changes/user-must-check', { problem: 'user-must-check' });
    },
  },
]);
