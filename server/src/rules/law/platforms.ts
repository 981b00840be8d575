// Online platforms and user content: the policy before registration and a Kazakh user agreement
// (Online Platforms Law Art. 10 sub 1, Art. 5 p.1), user agreements for comments (Informatization Law Art. 36 p.5-1).
import { entry } from '../../taxonomy/taxonomy';
import { acceptanceImplied, dataItems, defineRules, isOnlinePlatform, loc, messages } from '../kit';
import { BASE_DATA, withDataItem } from '../examples';

export const PLATFORM_RULES = defineRules('platforms', [
  {
    code: 'R30',
    name: 'Online platform: policy not shown before registration; no Kazakh version',
    severity: 'warning',
    confidence: 'H',
    citations: ['op-10-1', 'op-5-1', 'op-9-3'],
    trigger: loc('An online platform (resource.online-platform or kind platform) whose acceptance is implied or not shown before registration, or whose languages lack kk.',
      'Онлайн-платформада (resource.online-platform немесе kind: platform) келісім болжалды не тіркелуге дейін көрсетілмейді, немесе languages тізімінде kk жоқ.',
      'На онлайн-платформе (resource.online-platform или kind: platform) согласие подразумеваемое или политика не показывается до регистрации, либо в languages нет kk.'),
    messages: messages(
      'An online platform must show users its privacy policy before registration is completed (Online Platforms Law Art. 10 sub 1) and provide the user agreement, with a short summary of its main terms, in Kazakh (Art. 5 p.1).',
      'Онлайн-платформаның меншік иесі пайдаланушыларды тіркеу аяқталғанға дейін құпиялылық саясатымен таныстыруға (Онлайн-платформалар және онлайн-жарнама туралы заңның 10-бабының 1) тармақшасы) және пайдаланушы келісімін, оның негізгі талаптарының қысқаша мазмұнын қоса алғанда, қазақ тілінде ұсынуға (5-бабының 1-тармағы) тиіс.',
      'Собственник онлайн-платформы обязан ознакомить пользователей с политикой конфиденциальности до завершения регистрации (пп. 1) ст. 10 Закона «Об онлайн-платформах и онлайн-рекламе») и обеспечить пользовательское соглашение, включая краткое изложение его основных условий, на казахском языке (п. 1 ст. 5).'),
    examples: {
      triggers: { yaml: 'resource:\n  kind: platform\n  url: https://example.kz/\n  online-platform: true\nacceptance:\n  method: site-use\n  term: { until: purpose-achieved }\n' },
      passes: { yaml: 'resource:\n  kind: platform\n  url: https://example.kz/\n  online-platform: true\nacceptance:\n  method: explicit-checkbox\n  before-registration: true\n  term: { until: purpose-achieved }\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      if (!isOnlinePlatform(policy)) return;
      if (acceptanceImplied(policy)) ctx.report('acceptance/method', { problem: 'implied' });
      else if (policy.acceptance?.['before-registration'] !== true) ctx.report(policy.acceptance?.['before-registration'] === false ? 'acceptance/before-registration' : 'acceptance', { problem: 'not-before-registration' });
      if (policy.languages && !policy.languages.includes('kk')) ctx.report('languages', { problem: 'no-kazakh' });
    },
  },
  {
    code: 'R39',
    name: 'User posts and comments: agreement and identification',
    severity: 'info',
    confidence: 'H',
    citations: ['inf-36-5-1'],
    trigger: loc('Users post content: a data item of category messages, comments or uploaded files.',
      'Пайдаланушылар контент жариялайды: messages, comments немесе uploaded-files санатындағы дерек.',
      'Пользователи размещают контент: данные категории messages, comments или uploaded-files.'),
    messages: messages(
      'If users can post comments or messages, the Informatization Law requires a user agreement with identification by SMS one-time password (or a service whose infrastructure is in Kazakhstan), and keeping the agreement data for 3 months after it ends (Art. 36 p.5-1; check its status after the Digital Code).',
      'Пайдаланушылар пікір немесе хабарлама жариялай алатын болса, Ақпараттандыру туралы заң пайдаланушымен ұялы байланыс нөміріне жіберілетін бір реттік құпиясөз (немесе инфрақұрылымы Қазақстанда орналасқан интернет-сервис) арқылы сәйкестендіре отырып келісім жасасуды және келісім деректерін ол бұзылғаннан кейін үш ай бойы сақтауды талап етеді (36-баптың 5-1-тармағы; Цифрлық кодекс күшіне енгеннен кейінгі мәртебесін тексеру қажет).',
      'Если пользователи могут размещать комментарии или сообщения, Закон об информатизации требует заключать с ними соглашение с идентификацией через одноразовый пароль на номер сотовой связи (или интернет-сервис с инфраструктурой в Казахстане) и хранить данные соглашения три месяца после его расторжения (п. 5-1 ст. 36; статус после вступления в силу Цифрового кодекса нужно проверить).'),
    examples: {
      triggers: { yaml: withDataItem('comments', '{ category: comments, source: user }') },
      passes: { yaml: BASE_DATA },
    },
    check(ctx) {
      const ugc = dataItems(ctx.policy).find(([, item]) => entry('data-categories', item.category)?.['user-content'] === true);
      if (ugc) ctx.report(`data/${ugc[0]}/category`);
    },
  },
]);
