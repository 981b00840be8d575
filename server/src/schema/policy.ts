// The one definition of the Derbes policy language, version 1. Validation, completion, hover,
// the outline and the exported JSON Schema are all derived from it; the vocabularies it names
// live as data in taxonomy/data/.
import { array, bool, doc, duration, field, id, int, map, object, oneOf, params, ref, str, text } from './build';
import type { Infer } from './types';

const contacts = object({
  email: field(str('email'), doc('E-mail address', 'Электрондық пошта мекенжайы', 'Адрес электронной почты'), { example: 'info@example.kz' }),
  phone: field(str('phone'), doc('Phone number', 'Телефон нөмірі', 'Номер телефона'), { example: '+7 727 000 00 00' }),
  address: field(text(), doc('Postal address', 'Пошталық мекенжай', 'Почтовый адрес')),
  website: field(str('url'), doc('Website', 'Веб-сайт', 'Веб-сайт')),
});

/** How long something lasts: a criterion, or a fixed period. */
const term = object({
  until: field(oneOf('term-criteria'), doc('Until when', 'Қашанға дейін', 'До какого момента'), { required: true, law: 'pd-12-2' }),
  period: field(duration(), doc('Fixed period, e.g. "3 years"', 'Белгіленген мерзім, мысалы "3 years"', 'Установленный срок, например "3 years"')),
  note: field(text(), doc('Explanation', 'Түсіндірме', 'Пояснение')),
});

const dataItem = object({
  category: field(oneOf('data-categories'), doc('Category of personal data', 'Дербес деректер санаты', 'Категория персональных данных'), { required: true, law: 'pd-8-4-7' }),
  subjects: field(array(oneOf('subject-kinds')), doc('Whose data this is', 'Бұл кімнің деректері', 'Чьи это данные')),
  source: field(oneOf('data-sources'), doc('Where the data comes from', 'Деректер қайдан алынады', 'Откуда получены данные')),
  required: field(bool(), doc('Whether the user must provide it', 'Пайдаланушы міндетті түрде ұсына ма', 'Обязательно ли предоставление')),
  public: field(bool(), doc('Made publicly available (e.g. a profile)', 'Жалпыға қолжетімді етіледі (мысалы, профиль)', 'Делается общедоступным (например, профиль)'), { law: 'pd-24-1-6' }),
  label: field(text(), doc('Wording that replaces the category label in the text', 'Мәтіндегі санат атауының орнына жазылатын сөз', 'Формулировка вместо названия категории в тексте')),
  retention: field(term, doc('How long this item is kept', 'Осы деректер қанша уақыт сақталады', 'Сколько хранятся эти данные'), { law: 'pd-12-2' }),
});

const purpose = object({
  category: field(oneOf('purpose-categories'), doc('Kind of purpose', 'Мақсат түрі', 'Вид цели'), { required: true }),
  data: field(array(ref('data')), doc('Data items this purpose uses', 'Осы мақсатқа пайдаланылатын деректер', 'Данные, используемые для этой цели'), { law: 'pd-8-4-7' }),
  basis: field(oneOf('legal-bases'), doc('Legal basis', 'Құқықтық негіз', 'Правовое основание'), { law: 'pd-7-1' }),
  consent: field(oneOf('consent-forms'), doc('How consent to this purpose is given', 'Осы мақсатқа келісім қалай беріледі', 'Как дается согласие на эту цель')),
  retention: field(term, doc('How long data is kept for this purpose', 'Осы мақсат үшін деректер қанша сақталады', 'Сколько хранятся данные для этой цели'), { law: 'pd-12-2' }),
  depersonalized: field(bool(), doc('Data is depersonalised first', 'Деректер алдын ала иесіздендіріледі', 'Данные предварительно обезличиваются'), { law: 'pd-17-1' }),
  description: field(text(), doc('Wording of the purpose in the text', 'Мақсаттың мәтіндегі тұжырымы', 'Формулировка цели в тексте')),
});

const processor = object({
  name: field(str(), doc('Name of the service or company', 'Сервистің немесе компанияның атауы', 'Наименование сервиса или компании'), { required: true }),
  service: field(oneOf('processor-services'), doc('What it does with the data', 'Деректермен не істейді', 'Что делает с данными'), { required: true }),
  country: field(oneOf('countries'), doc('Country where it processes data', 'Деректерді өңдейтін мемлекет', 'Государство, где обрабатываются данные'), { law: 'pd-16' }),
  data: field(array(ref('data')), doc('Data items it receives', 'Алатын деректері', 'Получаемые данные')),
});

const transfer = object({
  to: field(oneOf('recipient-kinds'), doc('Recipient', 'Алушы', 'Получатель'), { required: true }),
  name: field(text(), doc('Name of the recipient', 'Алушының атауы', 'Наименование получателя')),
  processor: field(ref('processors'), doc('A declared processor', 'Жарияланған өңдеуші', 'Объявленный обработчик')),
  data: field(array(ref('data')), doc('Data transferred', 'Берілетін деректер', 'Передаваемые данные')),
  purposes: field(array(ref('purposes')), doc('For which purposes', 'Қандай мақсаттарда', 'Для каких целей')),
  basis: field(oneOf('legal-bases'), doc('Legal basis of the transfer', 'Берудің құқықтық негізі', 'Правовое основание передачи'), { law: 'pd-7-1' }),
  consent: field(oneOf('consent-forms'), doc('How consent to the transfer is given', 'Беруге келісім қалай беріледі', 'Как дается согласие на передачу')),
  countries: field(array(oneOf('countries')), doc('Countries outside Kazakhstan', 'Қазақстаннан тыс мемлекеттер', 'Государства за пределами Казахстана'), { law: 'pd-16' }),
  notice: field(duration(), doc('Notice to the subject of the transfer', 'Беру туралы субъектіні хабардар ету', 'Уведомление субъекта о передаче')),
  condition: field(text(), doc('When, or on what condition, the transfer happens (e.g. on a reasoned request, on reorganisation)', 'Беру қашан немесе қандай шартпен жүзеге асырылады (мысалы, дәлелді сұрау салу бойынша, қайта ұйымдастыру кезінде)', 'Когда или при каком условии осуществляется передача (например, по мотивированному запросу, при реорганизации)')),
});

const clause = object({
  id: field(id('clauses'), doc('Clause id, unique in the policy', 'Тармақтың бірегей идентификаторы', 'Уникальный идентификатор пункта')),
  use: field(str('clause-ref'), doc('A clause from a library, e.g. std/public-offer', 'Кітапханадағы тармақ, мысалы std/public-offer', 'Пункт из библиотеки, например std/public-offer')),
  with: field(params(), doc('Parameters of the library clause', 'Кітапхана тармағының параметрлері', 'Параметры библиотечного пункта')),
  section: field(oneOf('sections'), doc('Section the clause goes in', 'Тармақ енгізілетін бөлім', 'Раздел, в который входит пункт')),
  title: field(text(), doc('Heading', 'Тақырып', 'Заголовок')),
  text: field(text(), doc('Text in Kazakh and Russian; {{placeholders}} are filled in', 'Қазақ және орыс тіліндегі мәтін; {{placeholders}} толтырылады', 'Текст на казахском и русском; {{placeholders}} подставляются')),
});

export const policySchema = object({
  derbes: field(int(1, 1), doc('Version of the policy language', 'Саясат тілінің нұсқасы', 'Версия языка политики'), { required: true, example: '1' }),
  kind: field(oneOf('document-kinds'), doc('Kind of document', 'Құжат түрі', 'Вид документа'), { required: true }),
  title: field(text(), doc('Title of the document', 'Құжаттың атауы', 'Название документа'), { required: true }),
  version: field(str('version'), doc('Version of the document', 'Құжаттың нұсқасы', 'Версия документа')),
  'published-at': field(str('url'), doc('Address where the current version of the document is published', 'Құжаттың қолданыстағы редакциясы жарияланған мекенжай', 'Адрес, по которому опубликована действующая редакция документа'), { example: 'https://example.kz/privacy' }),
  effective: field(str('date'), doc('Date the document takes effect (YYYY-MM-DD); decides which wording of the law applies', 'Құжаттың күшіне ену күні (ЖЖЖЖ-АА-КК); заңның қай редакциясы қолданылатынын айқындайды', 'Дата вступления документа в силу (ГГГГ-ММ-ДД); определяет применимую редакцию закона'), { law: 'pd-25-2-1-1' }),
  approved: field(object({
    by: field(text(), doc('Who approved it', 'Кім бекітті', 'Кем утвержден')),
    order: field(str(), doc('Number of the approving order', 'Бекіту туралы бұйрықтың нөмірі', 'Номер приказа об утверждении')),
    date: field(str('date'), doc('Date of approval', 'Бекітілген күні', 'Дата утверждения')),
  }), doc('Approval of the document', 'Құжатты бекіту', 'Утверждение документа'), { law: 'pd-25-2-1-1' }),
  languages: field(array(oneOf('languages')), doc('Languages the document is published in', 'Құжат жарияланатын тілдер', 'Языки публикации документа'), { law: 'lang-15' }),
  prevailing: field(oneOf('languages'), doc('Language version that prevails in case of discrepancy', 'Алшақтық болған жағдайда басым болатын тіл', 'Язык, имеющий преимущество при расхождении')),
  operator: field(object({
    term: field(oneOf('operator-terms'), doc('Defined term for the operator in the text', 'Мәтінде операторды атайтын термин', 'Термин для оператора в тексте')),
    name: field(text(), doc('Full legal name', 'Толық атауы', 'Полное наименование'), { required: true, law: 'pd-8-4-1' }),
    'legal-form': field(oneOf('legal-forms'), doc('Legal form', 'Ұйымдық-құқықтық нысаны', 'Организационно-правовая форма')),
    bin: field(str('bin'), doc('Business identification number (12 digits)', 'Бизнес сәйкестендіру нөмірі (12 цифр)', 'Бизнес-идентификационный номер (12 цифр)'), { law: 'pd-8-4-1' }),
    iin: field(str('iin'), doc('Individual identification number, for an individual operator', 'Жеке тұлға оператор үшін жеке сәйкестендіру нөмірі', 'ИИН, если оператор — физическое лицо'), { law: 'pd-8-4-1' }),
    address: field(text(), doc('Legal address', 'Заңды мекенжайы', 'Юридический адрес')),
    contacts: field(contacts, doc('Contacts', 'Байланыс деректері', 'Контакты')),
  }), doc('Who processes the data', 'Деректерді кім өңдейді', 'Кто обрабатывает данные'), { required: true, law: 'pd-8-4-1' }),
  user: field(object({
    term: field(oneOf('user-terms'), doc('Defined term for the data subject in the text', 'Мәтінде субъектіні атайтын термин', 'Термин для субъекта в тексте')),
  }), doc('How the text names the data subject', 'Мәтін субъектіні қалай атайды', 'Как текст называет субъекта')),
  resource: field(object({
    kind: field(oneOf('resource-kinds'), doc('Kind of resource', 'Ресурс түрі', 'Вид ресурса'), { required: true }),
    term: field(oneOf('resource-terms'), doc('Defined term for the site in the text (Интернет-ресурс / Сайт …)', 'Мәтінде сайтты атайтын термин (Интернет-ресурс / Сайт …)', 'Термин для сайта в тексте (Интернет-ресурс / Сайт …)')),
    name: field(text(), doc('Name of the site or platform', 'Сайттың немесе платформаның атауы', 'Название сайта или платформы')),
    url: field(str('url'), doc('Address of the site', 'Сайттың мекенжайы', 'Адрес сайта'), { required: true }),
    apps: field(array(oneOf('app-platforms')), doc('Applications', 'Қосымшалар', 'Приложения')),
    'online-platform': field(bool(), doc('Users get accounts and post content (Online Platforms Law)', 'Пайдаланушылар тіркеліп, контент орналастырады (Онлайн-платформалар туралы заң)', 'Пользователи регистрируются и размещают контент (Закон об онлайн-платформах)')),
  }), doc('The site or app the policy covers', 'Саясат қолданылатын сайт немесе қосымша', 'Сайт или приложение, к которому относится политика'), { required: true }),
  acceptance: field(object({
    method: field(oneOf('acceptance-methods'), doc('How consent is obtained', 'Келісім қалай алынады', 'Как получается согласие'), { required: true, law: 'pd-8-1' }),
    'public-offer': field(bool(), doc('The document calls itself a public offer', 'Құжат өзін жария оферта деп атайды', 'Документ называет себя публичной офертой'), { law: 'cc-395-5' }),
    'adhesion-contract': field(bool(), doc('The document calls itself an adhesion contract', 'Құжат өзін қосылу шарты деп атайды', 'Документ называет себя договором присоединения'), { law: 'cc-389-1' }),
    'before-registration': field(bool(), doc('Shown to the user before registration completes', 'Тіркеу аяқталғанға дейін пайдаланушыға көрсетіледі', 'Показывается до завершения регистрации')),
    unconditional: field(bool(), doc('The document declares acceptance full and unconditional', 'Құжат қабылдауды толық және сөзсіз деп жариялайды', 'Документ объявляет принятие полным и безоговорочным')),
    term: field(term, doc('How long the consent is valid', 'Келісімнің қолданылу мерзімі', 'Срок действия согласия')),
  }), doc('How the user accepts the policy', 'Пайдаланушы саясатты қалай қабылдайды', 'Как пользователь принимает политику'), { required: true }),
  data: field(map('data', dataItem), doc('Personal data collected, by id', 'Жиналатын дербес деректер', 'Собираемые персональные данные'), { required: true, law: 'pd-8-4-7' }),
  purposes: field(map('purposes', purpose), doc('Purposes of processing, by id', 'Өңдеу мақсаттары', 'Цели обработки'), { required: true }),
  retention: field(term, doc('How long data is kept', 'Деректер қанша уақыт сақталады', 'Сколько хранятся данные'), { law: 'pd-12-2' }),
  storage: field(object({
    location: field(oneOf('storage-locations'), doc('Where the database is', 'Дерекқор қай жерде', 'Где находится база'), { required: true, law: 'pd-12-2' }),
    countries: field(array(oneOf('countries')), doc('Countries of servers outside Kazakhstan', 'Қазақстаннан тыс серверлер орналасқан мемлекеттер', 'Государства размещения серверов за пределами Казахстана')),
    hosting: field(array(ref('processors')), doc('Hosting processors', 'Хостинг өңдеушілері', 'Обработчики-хостинг')),
    encrypted: field(bool(), doc('Stored encrypted', 'Шифрланып сақталады', 'Хранятся в зашифрованном виде')),
    backups: field(bool(), doc('Backup or archive copies are kept', 'Сақтық немесе мұрағаттық көшірмелер сақталады', 'Хранятся резервные или архивные копии')),
  }), doc('Storage of the data', 'Деректерді сақтау', 'Хранение данных')),
  processors: field(map('processors', processor), doc('Services that process data on the operator\'s behalf', 'Оператордың атынан деректерді өңдейтін сервистер', 'Сервисы, обрабатывающие данные по поручению оператора')),
  transfers: field(array(transfer), doc('Transfers to third parties', 'Үшінші тұлғаларға беру', 'Передача третьим лицам'), { law: 'pd-7-1' }),
  'cross-border': field(object({
    occurs: field(oneOf('occurrence'), doc('Whether data crosses the border', 'Деректер шекарадан тыс беріле ме', 'Передаются ли данные за рубеж'), { required: true, law: 'pd-8-4-5' }),
    countries: field(array(oneOf('countries')), doc('Countries of destination', 'Берілетін мемлекеттер', 'Государства назначения'), { law: 'pd-16' }),
    consent: field(oneOf('consent-forms'), doc('How consent to cross-border transfer is given', 'Трансшекаралық беруге келісім қалай беріледі', 'Как дается согласие на трансграничную передачу'), { law: 'pd-16' }),
  }), doc('Cross-border transfer', 'Трансшекаралық беру', 'Трансграничная передача'), { law: 'pd-16' }),
  cookies: field(object({
    used: field(bool(), doc('Cookies are used', 'Cookie-файлдар пайдаланылады', 'Используются файлы cookie'), { required: true }),
    kinds: field(array(oneOf('cookie-kinds')), doc('Kinds of cookies', 'Cookie түрлері', 'Виды cookie')),
    'opt-out': field(text(), doc('How to refuse cookies', 'Cookie-файлдардан қалай бас тартуға болады', 'Как отказаться от cookie')),
  }), doc('Cookies and tracking', 'Cookie-файлдар және бақылау', 'Файлы cookie и отслеживание')),
  'automated-processing': field(object({
    used: field(bool(), doc('Data is processed automatically', 'Деректер автоматты түрде өңделеді', 'Данные обрабатываются автоматически'), { required: true }),
    decisions: field(bool(), doc('Decisions with legal effect are taken automatically', 'Құқықтық салдары бар шешімдер автоматты түрде қабылданады', 'Решения с правовыми последствиями принимаются автоматически'), { law: 'pd-19-1' }),
    consent: field(oneOf('consent-forms'), doc('How consent is given', 'Келісім қалай беріледі', 'Как дается согласие')),
    objection: field(bool(), doc('The subject can object', 'Субъект қарсылық білдіре алады', 'Субъект может заявить возражение'), { law: 'pd-19-1' }),
  }), doc('Automated processing', 'Автоматтандырылған өңдеу', 'Автоматизированная обработка'), { law: 'pd-19-1' }),
  marketing: field(object({
    channels: field(array(oneOf('marketing-channels')), doc('Channels', 'Арналар', 'Каналы'), { required: true }),
    consent: field(oneOf('consent-forms'), doc('How consent to marketing is given', 'Маркетингке келісім қалай беріледі', 'Как дается согласие на маркетинг'), { required: true }),
    'targeted-ads': field(bool(), doc('Targeted advertising', 'Таргеттелген жарнама', 'Таргетированная реклама'), { law: 'op-20' }),
    'third-party-senders': field(bool(), doc('Other persons also send mailings on the operator\'s instruction', 'Таратылымдарды оператордың тапсырмасымен басқа тұлғалар да жібереді', 'Рассылки по поручению оператора направляют и другие лица')),
    profiling: field(bool(), doc('Profiling of users', 'Пайдаланушыларды профильдеу', 'Профилирование пользователей'), { law: 'op-20' }),
    'opt-out': field(text(), doc('How to unsubscribe', 'Таратылымнан қалай бас тартуға болады', 'Как отказаться от рассылки')),
  }), doc('Advertising and mailings', 'Жарнама және таратылымдар', 'Реклама и рассылки')),
  minors: field(object({
    served: field(bool(), doc('The service is used by minors', 'Қызметті кәмелетке толмағандар пайдаланады', 'Сервисом пользуются несовершеннолетние'), { required: true }),
    'min-age': field(int(0, 18), doc('Minimum age', 'Ең төменгі жас', 'Минимальный возраст')),
    'guardian-consent': field(bool(), doc('A parent or guardian gives consent', 'Келісімді ата-анасы немесе қамқоршысы береді', 'Согласие дает родитель или опекун')),
  }), doc('Minors', 'Кәмелетке толмағандар', 'Несовершеннолетние')),
  rights: field(array(oneOf('rights')), doc('Rights of the data subject stated in the text', 'Мәтінде көрсетілген субъект құқықтары', 'Права субъекта, указанные в тексте'), { law: 'pd-24-1' }),
  requests: field(object({
    channels: field(array(oneOf('request-channels')), doc('How requests are made', 'Өтініштер қалай беріледі', 'Как направляются обращения'), { required: true }),
    email: field(str('email'), doc('E-mail for requests', 'Өтініштерге арналған электрондық пошта', 'Электронная почта для обращений')),
    address: field(text(), doc('Postal address for requests', 'Өтініштерге арналған пошталық мекенжай', 'Почтовый адрес для обращений')),
    answer: field(duration(), doc('Deadline to answer a request', 'Өтінішке жауап беру мерзімі', 'Срок ответа на обращение')),
    correction: field(duration(), doc('Deadline to change or supplement data', 'Деректерді өзгерту немесе толықтыру мерзімі', 'Срок изменения или дополнения данных'), { law: 'pd-25-2-8' }),
    blocking: field(duration(), doc('Deadline to block data', 'Деректерді бұғаттау мерзімі', 'Срок блокирования данных'), { law: 'pd-25-2-8' }),
    destruction: field(duration(), doc('Deadline to destroy data', 'Деректерді жою мерзімі', 'Срок уничтожения данных'), { law: 'pd-25-2-8' }),
    withdrawal: field(duration(), doc('Deadline to stop processing after consent is withdrawn', 'Келісім кері қайтарып алынғаннан кейін өңдеуді тоқтату мерзімі', 'Срок прекращения обработки после отзыва согласия'), { law: 'pd-8-7' }),
  }), doc('How the subject makes requests and how they are answered', 'Субъект өтініштерді қалай береді және оларға қалай жауап беріледі', 'Как субъект направляет обращения и как на них отвечают')),
  protection: field(object({
    measures: field(array(oneOf('protection-measures')), doc('Measures taken', 'Қабылданатын шаралар', 'Принимаемые меры'), { required: true }),
  }), doc('Protection measures', 'Қорғау шаралары', 'Меры защиты')),
  breach: field(object({
    'regulator-notice': field(bool(), doc('The authorised body is notified within one working day', 'Уәкілетті орган бір жұмыс күні ішінде хабардар етіледі', 'Уполномоченный орган уведомляется в течение одного рабочего дня'), { required: true, law: 'pd-25-2-8' }),
    'user-notice': field(bool(), doc('Affected users are notified', 'Зардап шеккен пайдаланушылар хабардар етіледі', 'Пострадавшие пользователи уведомляются')),
  }), doc('What happens on a personal data breach', 'Дербес деректер қауіпсіздігі бұзылған кезде не істеледі', 'Действия при нарушении безопасности персональных данных'), { law: 'pd-25-2-8' }),
  'responsible-person': field(object({
    name: field(text(), doc('Name or position', 'Аты-жөні немесе лауазымы', 'ФИО или должность'), { required: true }),
    contacts: field(contacts, doc('Contacts', 'Байланыс деректері', 'Контакты')),
  }), doc('Person responsible for organising processing', 'Дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға', 'Лицо, ответственное за организацию обработки персональных данных'), { law: 'pd-25-2-10' }),
  liability: field(object({
    disclaimers: field(array(oneOf('liability-disclaimers')), doc('What the operator disclaims liability for', 'Оператор неге жауап бермейді', 'За что оператор не несет ответственности'), { required: true }),
  }), doc('Liability', 'Жауапкершілік', 'Ответственность')),
  disputes: field(object({
    'pre-trial-claim': field(bool(), doc('A pre-trial claim is required first', 'Алдымен сотқа дейінгі талап қою қажет', 'Сначала требуется досудебная претензия'), { required: true }),
    'written-claim': field(bool(), doc('The claim must be sent in writing', 'Талап жазбаша түрде жіберілуге тиіс', 'Претензия направляется в письменной форме')),
    answer: field(duration(), doc('Deadline to answer a claim', 'Талапқа жауап беру мерзімі', 'Срок ответа на претензию')),
    court: field(text(), doc('Court or jurisdiction', 'Сот немесе соттылық', 'Суд или подсудность')),
  }), doc('Dispute resolution', 'Дауларды шешу', 'Разрешение споров')),
  changes: field(object({
    notice: field(oneOf('change-notices'), doc('How users learn of changes', 'Пайдаланушылар өзгерістер туралы қалай біледі', 'Как пользователи узнают об изменениях'), { required: true }),
    unilateral: field(bool(), doc('The operator changes the policy unilaterally', 'Оператор саясатты біржақты тәртіппен өзгертеді', 'Оператор изменяет политику в одностороннем порядке')),
    'fresh-consent': field(bool(), doc('New consent is asked for changed purposes', 'Өзгерген мақсаттарға жаңа келісім сұралады', 'На измененные цели запрашивается новое согласие')),
    'notice-period': field(duration(), doc('How long before changes take effect', 'Өзгерістер күшіне енгенге дейінгі мерзім', 'Срок до вступления изменений в силу')),
    'on-publication': field(bool(), doc('Changes take effect as soon as they are published on the site', 'Өзгерістер сайтта орналастырылған сәттен бастап күшіне енеді', 'Изменения вступают в силу с момента размещения на сайте')),
    'continued-use': field(bool(), doc('Continuing to use the site after publication means accepting the changes', 'Жарияланғаннан кейін сайтты пайдалануды жалғастыру өзгерістерді қабылдауды білдіреді', 'Продолжение использования сайта после публикации означает принятие изменений')),
    'user-must-check': field(bool(), doc('The user must check the document for changes themselves', 'Пайдаланушы өзгерістерді өзі қадағалауға міндетті', 'Пользователь обязан самостоятельно отслеживать изменения')),
  }), doc('Changes to the policy', 'Саясатқа өзгерістер енгізу', 'Изменение политики')),
  'legal-references': field(array(object({
    act: field(oneOf('acts'), doc('The act', 'Акт', 'Акт'), { required: true }),
    'as-written': field(text(), doc('How the document names the act', 'Құжат актіні қалай атайды', 'Как документ называет акт')),
    articles: field(array(str()), doc('Articles cited, as article.paragraph[.subparagraph], e.g. "389.1"', 'Сілтеме жасалған баптар, бап.тармақ[.тармақша] түрінде, мысалы "389.1"', 'Указанные статьи в виде статья.пункт[.подпункт], например "389.1"'), { example: '389.1' }),
  })), doc('Laws the document cites', 'Құжат сілтеме жасайтын заңдар', 'Законы, на которые ссылается документ')),
  terms: field(map('terms', object({
    term: field(text(), doc('The term', 'Термин', 'Термин'), { required: true }),
    definition: field(text(), doc('Its definition', 'Анықтамасы', 'Определение'), { required: true }),
  })), doc('Terms and definitions', 'Терминдер мен анықтамалар', 'Термины и определения')),
  clauses: field(array(clause), doc('Free and library clauses', 'Еркін және кітапханалық тармақтар', 'Свободные и библиотечные пункты')),
  footer: field(text(), doc('Text after the document, e.g. a donor note', 'Құжаттан кейінгі мәтін', 'Текст после документа')),
});

export type Policy = Infer<typeof policySchema>;
export type PolicyKey = keyof typeof policySchema.fields;
