import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributiveKk, inflectKk, inflectNameKk, KK_CASES, possessedByKk, possessive3Kk } from '../../server/src/lang/kazakh';
import { declineRu, guessRuForms, pluralRu, RU_CASES } from '../../server/src/lang/russian';
import { numberToWordsKk, numberToWordsRu } from '../../server/src/lang/numbers';
import { formatDateKk, formatDateRu, formatDurationKk, formatDurationRu } from '../../server/src/lang/dates';

// Each row: nom, gen, dat, acc, loc, abl, ins — worked out by hand from the rule named beside it.
const KK_TABLE: string[][] = [
  // back, final р (sonorant): -дың -ға -ды -да -дан -мен
  ['Оператор', 'Оператордың', 'Операторға', 'Операторды', 'Операторда', 'Оператордан', 'Оператормен'],
  // front, final vowel: -нің -ге -ні -де -ден -мен
  ['Әкімші', 'Әкімшінің', 'Әкімшіге', 'Әкімшіні', 'Әкімшіде', 'Әкімшіден', 'Әкімшімен'],
  // front, final к (voiceless, no voicing in case endings)
  ['Әкімшілік', 'Әкімшіліктің', 'Әкімшілікке', 'Әкімшілікті', 'Әкімшілікте', 'Әкімшіліктен', 'Әкімшілікпен'],
  // back, final vowel
  ['Пайдаланушы', 'Пайдаланушының', 'Пайдаланушыға', 'Пайдаланушыны', 'Пайдаланушыда', 'Пайдаланушыдан', 'Пайдаланушымен'],
  // loans in -ия: я is back (йа), final vowel
  ['Администрация', 'Администрацияның', 'Администрацияға', 'Администрацияны', 'Администрацияда', 'Администрациядан', 'Администрациямен'],
  ['компания', 'компанияның', 'компанияға', 'компанияны', 'компанияда', 'компаниядан', 'компаниямен'],
  ['Азия', 'Азияның', 'Азияға', 'Азияны', 'Азияда', 'Азиядан', 'Азиямен'],
  // back, final т (voiceless): -тың -қа -ты -та -тан -пен
  ['сайт', 'сайттың', 'сайтқа', 'сайтты', 'сайтта', 'сайттан', 'сайтпен'],
  ['платформа', 'платформаның', 'платформаға', 'платформаны', 'платформада', 'платформадан', 'платформамен'],
  ['қор', 'қордың', 'қорға', 'қорды', 'қорда', 'қордан', 'қормен'],
  // back, final м (nasal): -ның -ға -ды -да -нан -мен
  ['ұйым', 'ұйымның', 'ұйымға', 'ұйымды', 'ұйымда', 'ұйымнан', 'ұйыммен'],
  ['серіктестік', 'серіктестіктің', 'серіктестікке', 'серіктестікті', 'серіктестікте', 'серіктестіктен', 'серіктестікпен'],
  // front, final п
  ['мектеп', 'мектептің', 'мектепке', 'мектепті', 'мектепте', 'мектептен', 'мектеппен'],
  ['бала', 'баланың', 'балаға', 'баланы', 'балада', 'баладан', 'баламен'],
  // a paired word inflects its last part
  ['ата-ана', 'ата-ананың', 'ата-анаға', 'ата-ананы', 'ата-анада', 'ата-анадан', 'ата-анамен'],
  // back, final п (the п→б alternation is only for the possessive)
  ['кітап', 'кітаптың', 'кітапқа', 'кітапты', 'кітапта', 'кітаптан', 'кітаппен'],
  // front, final л
  ['тіл', 'тілдің', 'тілге', 'тілді', 'тілде', 'тілден', 'тілмен'],
  // back, final қ
  ['құқық', 'құқықтың', 'құқыққа', 'құқықты', 'құқықта', 'құқықтан', 'құқықпен'],
  // front, final м
  ['келісім', 'келісімнің', 'келісімге', 'келісімді', 'келісімде', 'келісімнен', 'келісіммен'],
  // front, final ш
  ['өтініш', 'өтініштің', 'өтінішке', 'өтінішті', 'өтініште', 'өтініштен', 'өтінішпен'],
  ['шарт', 'шарттың', 'шартқа', 'шартты', 'шартта', 'шарттан', 'шартпен'],
  ['мекеме', 'мекеменің', 'мекемеге', 'мекемені', 'мекемеде', 'мекемеден', 'мекемемен'],
  ['қызмет', 'қызметтің', 'қызметке', 'қызметті', 'қызметте', 'қызметтен', 'қызметпен'],
  // plural: front, final р
  ['деректер', 'деректердің', 'деректерге', 'деректерді', 'деректерде', 'деректерден', 'деректермен'],
  // final з (voiced): ins -бен
  ['қыз', 'қыздың', 'қызға', 'қызды', 'қызда', 'қыздан', 'қызбен'],
  // final й
  ['үй', 'үйдің', 'үйге', 'үйді', 'үйде', 'үйден', 'үймен'],
  // final ң (nasal)
  ['таң', 'таңның', 'таңға', 'таңды', 'таңда', 'таңнан', 'таңмен'],
  // у as a glide: sonorant, harmony of the vowel before it (none → back)
  ['су', 'судың', 'суға', 'суды', 'суда', 'судан', 'сумен'],
  ['өңдеу', 'өңдеудің', 'өңдеуге', 'өңдеуді', 'өңдеуде', 'өңдеуден', 'өңдеумен'],
  ['пайдалану', 'пайдаланудың', 'пайдалануға', 'пайдалануды', 'пайдалануда', 'пайдаланудан', 'пайдаланумен'],
  // native и of ми is back and ends in a glide (мый)
  ['ми', 'мидың', 'миға', 'миды', 'мида', 'мидан', 'мимен'],
  // ю after a vowel is a glide: аю is back
  ['аю', 'аюдың', 'аюға', 'аюды', 'аюда', 'аюдан', 'аюмен'],
  // loans: у between consonants is back [u]; final б д are devoiced; final ь makes the ending front
  ['институт', 'институттың', 'институтқа', 'институтты', 'институтта', 'институттан', 'институтпен'],
  ['клуб', 'клубтың', 'клубқа', 'клубты', 'клубта', 'клубтан', 'клубпен'],
  // к after a consonant is front whatever the vowel
  ['банк', 'банктің', 'банкке', 'банкті', 'банкте', 'банктен', 'банкпен'],
  ['Интернет', 'Интернеттің', 'Интернетке', 'Интернетті', 'Интернетте', 'Интернеттен', 'Интернетпен'],
  ['пароль', 'парольдің', 'парольге', 'парольді', 'парольде', 'парольден', 'парольмен'],
  ['компьютер', 'компьютердің', 'компьютерге', 'компьютерді', 'компьютерде', 'компьютерден', 'компьютермен'],
  // ordinal numeral with a noun: the noun inflects as usual
  ['5-бап', '5-баптың', '5-бапқа', '5-бапты', '5-бапта', '5-баптан', '5-баппен'],
  // abbreviations, hyphen, by letter reading: ЖШС [жы-шы-сы], АҚ [а-қы], ТМД [ты-мы-ды], ЖСН [жы-сы-ны]
  ['ЖШС', 'ЖШС-ның', 'ЖШС-ға', 'ЖШС-ны', 'ЖШС-да', 'ЖШС-дан', 'ЖШС-мен'],
  ['АҚ', 'АҚ-ның', 'АҚ-ға', 'АҚ-ны', 'АҚ-да', 'АҚ-дан', 'АҚ-мен'],
  ['ТМД', 'ТМД-ның', 'ТМД-ға', 'ТМД-ны', 'ТМД-да', 'ТМД-дан', 'ТМД-мен'],
  ['ЖСН', 'ЖСН-ның', 'ЖСН-ға', 'ЖСН-ны', 'ЖСН-да', 'ЖСН-дан', 'ЖСН-мен'],
  // к reads [кі]: front
  ['МКК', 'МКК-нің', 'МКК-ге', 'МКК-ні', 'МКК-де', 'МКК-ден', 'МКК-мен'],
  ['ЖК', 'ЖК-нің', 'ЖК-ге', 'ЖК-ні', 'ЖК-де', 'ЖК-ден', 'ЖК-мен'],
  // vowel letters read as themselves: О, Ұ are back
  ['ЕО', 'ЕО-ның', 'ЕО-ға', 'ЕО-ны', 'ЕО-да', 'ЕО-дан', 'ЕО-мен'],
  // the rules' exception: АҚШ read [ақш]
  ['АҚШ', 'АҚШ-тың', 'АҚШ-қа', 'АҚШ-ты', 'АҚШ-та', 'АҚШ-тан', 'АҚШ-пен'],
  // mixed abbreviation read by its last syllable [қаз-ұ-у]
  ['ҚазҰУ', 'ҚазҰУ-дың', 'ҚазҰУ-ға', 'ҚазҰУ-ды', 'ҚазҰУ-да', 'ҚазҰУ-дан', 'ҚазҰУ-мен'],
  // numbers by the last word said: алты
  ['2026', '2026-ның', '2026-ға', '2026-ны', '2026-да', '2026-дан', '2026-мен'],
  ['0', '0-дің', '0-ге', '0-ді', '0-де', '0-ден', '0-мен'], // нөл
  ['1', '1-дің', '1-ге', '1-ді', '1-де', '1-ден', '1-мен'], // бір
  ['2', '2-нің', '2-ге', '2-ні', '2-де', '2-ден', '2-мен'], // екі
  ['3', '3-тің', '3-ке', '3-ті', '3-те', '3-тен', '3-пен'], // үш
  ['4', '4-тің', '4-ке', '4-ті', '4-те', '4-тен', '4-пен'], // төрт
  ['5', '5-тің', '5-ке', '5-ті', '5-те', '5-тен', '5-пен'], // бес
  ['6', '6-ның', '6-ға', '6-ны', '6-да', '6-дан', '6-мен'], // алты
  ['7', '7-нің', '7-ге', '7-ні', '7-де', '7-ден', '7-мен'], // жеті
  ['8', '8-дің', '8-ге', '8-ді', '8-де', '8-ден', '8-бен'], // сегіз
  ['9', '9-дың', '9-ға', '9-ды', '9-да', '9-дан', '9-бен'], // тоғыз
  ['10', '10-ның', '10-ға', '10-ды', '10-да', '10-нан', '10-мен'], // он
  ['15', '15-тің', '15-ке', '15-ті', '15-те', '15-тен', '15-пен'], // он бес
  ['20', '20-ның', '20-ға', '20-ны', '20-да', '20-дан', '20-мен'], // жиырма
  ['30', '30-дың', '30-ға', '30-ды', '30-да', '30-дан', '30-бен'], // отыз
  ['40', '40-тың', '40-қа', '40-ты', '40-та', '40-тан', '40-пен'], // қырық
  ['50', '50-дің', '50-ге', '50-ді', '50-де', '50-ден', '50-мен'], // елу
  ['60', '60-тың', '60-қа', '60-ты', '60-та', '60-тан', '60-пен'], // алпыс
  ['70', '70-тің', '70-ке', '70-ті', '70-те', '70-тен', '70-пен'], // жетпіс
  ['80', '80-нің', '80-ге', '80-ді', '80-де', '80-нен', '80-мен'], // сексен
  ['90', '90-ның', '90-ға', '90-ды', '90-да', '90-нан', '90-мен'], // тоқсан
  ['100', '100-дің', '100-ге', '100-ді', '100-де', '100-ден', '100-бен'], // жүз
  ['1000', '1000-ның', '1000-ға', '1000-ды', '1000-да', '1000-нан', '1000-мен'], // мың
  ['1 000 000', '1 000 000-ның', '1 000 000-ға', '1 000 000-ды', '1 000 000-да', '1 000 000-нан', '1 000 000-мен'], // миллион
  ['COVID-19', 'COVID-19-дың', 'COVID-19-ға', 'COVID-19-ды', 'COVID-19-да', 'COVID-19-дан', 'COVID-19-бен'], // тоғыз
  // Latin names by how they are said, hyphen: [гугл], [эппл], [зум], [айоэс], [телеграм], [кукис]
  ['Google', 'Google-дың', 'Google-ға', 'Google-ды', 'Google-да', 'Google-дан', 'Google-мен'],
  ['Apple', 'Apple-дің', 'Apple-ге', 'Apple-ді', 'Apple-де', 'Apple-ден', 'Apple-мен'],
  ['Zoom', 'Zoom-ның', 'Zoom-ға', 'Zoom-ды', 'Zoom-да', 'Zoom-нан', 'Zoom-мен'],
  ['iOS', 'iOS-тің', 'iOS-ке', 'iOS-ті', 'iOS-те', 'iOS-тен', 'iOS-пен'],
  ['Telegram', 'Telegram-ның', 'Telegram-ға', 'Telegram-ды', 'Telegram-да', 'Telegram-нан', 'Telegram-мен'],
  ['Cookies', 'Cookies-тің', 'Cookies-ке', 'Cookies-ті', 'Cookies-те', 'Cookies-тен', 'Cookies-пен'],
  // Latin capitals: short ones spelled [эс-эм-эс], longer ones read as a word [нато], [юсайд]
  ['SMS', 'SMS-тің', 'SMS-ке', 'SMS-ті', 'SMS-те', 'SMS-тен', 'SMS-пен'],
  ['NATO', 'NATO-ның', 'NATO-ға', 'NATO-ны', 'NATO-да', 'NATO-дан', 'NATO-мен'],
  ['USAID', 'USAID-тың', 'USAID-қа', 'USAID-ты', 'USAID-та', 'USAID-тан', 'USAID-пен'],
  // Kazakh Latin spelling: Oqu [оқу]
  ['Oqu', 'Oqu-дың', 'Oqu-ға', 'Oqu-ды', 'Oqu-да', 'Oqu-дан', 'Oqu-мен'],
  // 5Qbe: last vowel e (front), ends in a vowel
  ['5Qbe', '5Qbe-нің', '5Qbe-ге', '5Qbe-ні', '5Qbe-де', '5Qbe-ден', '5Qbe-мен'],
  // a phrase inflects its last word
  ['«DAR Tech» ЖШС', '«DAR Tech» ЖШС-ның', '«DAR Tech» ЖШС-ға', '«DAR Tech» ЖШС-ны', '«DAR Tech» ЖШС-да', '«DAR Tech» ЖШС-дан', '«DAR Tech» ЖШС-мен'],
  ['дербес деректер субъектісінің өкілі', 'дербес деректер субъектісінің өкілінің', 'дербес деректер субъектісінің өкіліне', 'дербес деректер субъектісінің өкілін', 'дербес деректер субъектісінің өкілінде', 'дербес деректер субъектісінің өкілінен', 'дербес деректер субъектісінің өкілімен'],
];

describe('inflectKk', () => {
  it('covers at least 60 words', () => assert.ok(KK_TABLE.length >= 60, `${KK_TABLE.length} rows`));
  for (const row of KK_TABLE) {
    it(row[0], () => {
      // The last row is a possessive form (өкілі) and says so.
      const possessive = row[0].endsWith('өкілі');
      assert.deepEqual(KK_CASES.map(kase => inflectKk(row[0], kase, { possessive })), row);
    });
  }

  it('inflects possessive forms with the pronominal н', () => {
    const forms = (w: string) => KK_CASES.map(kase => inflectKk(w, kase, { possessive: true }));
    assert.deepEqual(forms('платформасы'), ['платформасы', 'платформасының', 'платформасына', 'платформасын', 'платформасында', 'платформасынан', 'платформасымен']);
    assert.deepEqual(forms('Әкімшісі'), ['Әкімшісі', 'Әкімшісінің', 'Әкімшісіне', 'Әкімшісін', 'Әкімшісінде', 'Әкімшісінен', 'Әкімшісімен']);
    assert.deepEqual(forms('«El Umiti» қоры'), ['«El Umiti» қоры', '«El Umiti» қорының', '«El Umiti» қорына', '«El Umiti» қорын', '«El Umiti» қорында', '«El Umiti» қорынан', '«El Umiti» қорымен']);
  });

  it('keeps a trailing parenthesis after the inflected head', () => {
    assert.equal(inflectKk('жеке сәйкестендіру нөмірі (ЖСН)', 'acc', { possessive: true }), 'жеке сәйкестендіру нөмірін (ЖСН)');
    assert.equal(inflectKk('ата-ана (қамқоршы)', 'gen'), 'ата-ананың (қамқоршы)');
  });

  it('takes a reading for names spelled unlike they sound', () => {
    // Spelled out, Adobe reads [адоб] (back, voiceless); said [эдоуби] it is front and ends in a glide.
    assert.equal(inflectKk('Adobe', 'dat'), 'Adobe-қа');
    assert.equal(inflectKk('Adobe', 'dat', { reading: 'эдоуби' }), 'Adobe-ге');
  });

  it('keeps capitals in a heading', () => {
    assert.equal(inflectKk('ОПЕРАТОР', 'gen'), 'ОПЕРАТОРДЫҢ');
  });

  it('refuses what it cannot inflect correctly', () => {
    assert.throws(() => inflectKk('«Birge Oqu»', 'gen'), /generic noun/);
    assert.throws(() => inflectKk('Оператор', 'gen', { possessive: true }), /possessive/);
    assert.throws(() => inflectKk('50%', 'gen'), RangeError);
  });

  it('forms the attributive locative', () => {
    assert.equal(attributiveKk('Қазақстан'), 'Қазақстандағы');
    assert.equal(attributiveKk('мектеп'), 'мектептегі');
    assert.equal(attributiveKk('платформасы', { possessive: true }), 'платформасындағы');
  });
});

describe('possessive3Kk', () => {
  const table: [string, string][] = [
    ['платформа', 'платформасы'], ['ұйым', 'ұйымы'], ['сайт', 'сайты'], ['Әкімші', 'Әкімшісі'],
    ['мекеме', 'мекемесі'], ['ата-ана', 'ата-анасы'], ['Оператор', 'Операторы'], ['қор', 'қоры'],
    ['келісім', 'келісімі'], ['өтініш', 'өтініші'], ['шарт', 'шарты'], ['қызмет', 'қызметі'], ['тіл', 'тілі'],
    // п к қ after a vowel are voiced
    ['кітап', 'кітабы'], ['мектеп', 'мектебі'], ['Әкімшілік', 'Әкімшілігі'], ['серіктестік', 'серіктестігі'], ['құқық', 'құқығы'],
    // ...but not after a consonant, nor in loans in -ип
    ['банк', 'банкі'], ['тип', 'типі'],
    // second-syllable vowel drops
    ['орын', 'орны'], ['ерік', 'еркі'], ['халық', 'халқы'],
    // glides and the soft sign
    ['тау', 'тауы'], ['су', 'суы'], ['үй', 'үйі'], ['пароль', 'паролі'],
    ['деректер', 'деректері'], ['дербес деректер', 'дербес деректері'], ['жұмыс күн', 'жұмыс күні'],
  ];
  for (const [word, expected] of table) it(word, () => assert.equal(possessive3Kk(word), expected));
});

describe('possessedByKk and inflectNameKk', () => {
  it('builds genitive-possessive phrases', () => {
    assert.equal(possessedByKk('Пайдаланушы', 'дербес деректер'), 'Пайдаланушының дербес деректері');
    assert.equal(possessedByKk('Пайдаланушы', 'дербес деректер', 'acc'), 'Пайдаланушының дербес деректерін');
    assert.equal(possessedByKk('Оператор', 'сайт', 'loc'), 'Оператордың сайтында');
    assert.equal(possessedByKk('Әкімшілік', 'мекенжай', 'abl'), 'Әкімшіліктің мекенжайынан');
  });

  it('inflects the generic noun after a name', () => {
    assert.equal(inflectNameKk('«DAR Tech»', 'ЖШС', 'gen'), '«DAR Tech» ЖШС-ның');
    assert.equal(inflectNameKk('«Birge Oqu»', 'қор', 'dat'), '«Birge Oqu» қорына');
    assert.equal(inflectNameKk('5Qbe', 'платформа', 'acc'), '5Qbe платформасын');
    assert.equal(inflectNameKk('«DAR Tech» ЖШС', 'ұйым', 'gen'), '«DAR Tech» ЖШС ұйымының');
  });
});

describe('numbers', () => {
  it('writes Kazakh numbers', () => {
    const table: [number, string][] = [
      [0, 'нөл'], [1, 'бір'], [7, 'жеті'], [10, 'он'], [11, 'он бір'], [15, 'он бес'], [21, 'жиырма бір'],
      [40, 'қырық'], [99, 'тоқсан тоғыз'], [100, 'жүз'], [101, 'жүз бір'], [200, 'екі жүз'], [1000, 'мың'],
      [1001, 'мың бір'], [2013, 'екі мың он үш'], [2026, 'екі мың жиырма алты'], [100_000, 'жүз мың'],
      [1_000_000, 'бір миллион'], [1_001_000, 'бір миллион бір мың'], [25_000_000, 'жиырма бес миллион'],
      [999_999_999, 'тоғыз жүз тоқсан тоғыз миллион тоғыз жүз тоқсан тоғыз мың тоғыз жүз тоқсан тоғыз'],
    ];
    for (const [n, words] of table) assert.equal(numberToWordsKk(n), words, String(n));
  });

  it('writes Russian numbers in gender and case', () => {
    const table: [number, 'm' | 'f' | 'n', 'nom' | 'gen', string][] = [
      [0, 'm', 'nom', 'ноль'], [0, 'm', 'gen', 'нуля'],
      [1, 'm', 'nom', 'один'], [1, 'f', 'nom', 'одна'], [1, 'n', 'nom', 'одно'], [1, 'm', 'gen', 'одного'], [1, 'f', 'gen', 'одной'],
      [2, 'm', 'nom', 'два'], [2, 'f', 'nom', 'две'], [2, 'n', 'nom', 'два'], [2, 'f', 'gen', 'двух'],
      [11, 'm', 'nom', 'одиннадцать'], [11, 'm', 'gen', 'одиннадцати'],
      [15, 'm', 'gen', 'пятнадцати'], [21, 'f', 'nom', 'двадцать одна'], [21, 'm', 'gen', 'двадцати одного'],
      [30, 'm', 'gen', 'тридцати'], [40, 'm', 'gen', 'сорока'], [90, 'm', 'gen', 'девяноста'],
      [100, 'm', 'gen', 'ста'], [101, 'm', 'nom', 'сто один'], [365, 'm', 'gen', 'трехсот шестидесяти пяти'],
      [1000, 'm', 'nom', 'одна тысяча'], [1000, 'm', 'gen', 'одной тысячи'], [2000, 'm', 'nom', 'две тысячи'],
      [2013, 'm', 'nom', 'две тысячи тринадцать'], [2013, 'm', 'gen', 'двух тысяч тринадцати'],
      [5000, 'm', 'nom', 'пять тысяч'], [11_000, 'm', 'nom', 'одиннадцать тысяч'], [22_000, 'm', 'nom', 'двадцать две тысячи'],
      [1_000_000, 'm', 'nom', 'один миллион'], [1_000_000, 'm', 'gen', 'одного миллиона'],
      [2_000_000, 'm', 'nom', 'два миллиона'], [5_000_000, 'm', 'nom', 'пять миллионов'],
    ];
    for (const [n, gender, kase, words] of table) assert.equal(numberToWordsRu(n, gender, kase), words, `${n} ${gender} ${kase}`);
  });

  it('rejects numbers out of range', () => {
    for (const n of [-1, 1.5, 1_000_000_000]) {
      assert.throws(() => numberToWordsKk(n), RangeError);
      assert.throws(() => numberToWordsRu(n), RangeError);
    }
  });
});

describe('dates', () => {
  it('writes the Kazakh attributive date for every month', () => {
    const months = ['қаңтардағы', 'ақпандағы', 'наурыздағы', 'сәуірдегі', 'мамырдағы', 'маусымдағы', 'шілдедегі', 'тамыздағы', 'қыркүйектегі', 'қазандағы', 'қарашадағы', 'желтоқсандағы'];
    months.forEach((month, i) => assert.equal(formatDateKk(`2024-${String(i + 1).padStart(2, '0')}-01`, 'attr'), `2024 жылғы 1 ${month}`));
  });

  it('writes statutory dates', () => {
    assert.equal(formatDateKk('2013-05-21', 'attr'), '2013 жылғы 21 мамырдағы');
    assert.equal(formatDateKk('2013-05-21', 'nom'), '2013 жылғы 21 мамыр');
    assert.equal(formatDateKk('2024-07-01'), '2024 жылғы 1 шілде');
    assert.equal(formatDateRu('2013-05-21'), '21 мая 2013 года');
    assert.equal(formatDateRu('2024-01-01'), '1 января 2024 года');
    assert.equal(formatDateRu('2026-12-31'), '31 декабря 2026 года');
  });

  it('rejects impossible dates', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '21.05.2013', '2024-1-1']) assert.throws(() => formatDateRu(bad), RangeError, bad);
  });
});

describe('durations', () => {
  it('writes Kazakh durations with the noun in the singular', () => {
    assert.equal(formatDurationKk({ count: 30, unit: 'calendar-days', words: true }), '30 (отыз) күнтізбелік күн');
    assert.equal(formatDurationKk({ count: 15, unit: 'working-days', words: true }), '15 (он бес) жұмыс күні');
    assert.equal(formatDurationKk({ count: 1, unit: 'working-days' }), '1 жұмыс күні');
    assert.equal(formatDurationKk({ count: 3, unit: 'years', words: true }), '3 (үш) жыл');
    assert.equal(formatDurationKk({ count: 24, unit: 'hours' }), '24 сағат');
    assert.equal(formatDurationKk({ count: 6, unit: 'months' }), '6 ай');
    assert.equal(formatDurationKk({ count: 10, unit: 'days' }), '10 күн');
  });

  it('inflects the Kazakh unit noun', () => {
    assert.equal(formatDurationKk({ count: 15, unit: 'working-days', words: true }, { case: 'abl' }), '15 (он бес) жұмыс күнінен');
    assert.equal(formatDurationKk({ count: 30, unit: 'calendar-days' }, { case: 'abl' }), '30 күнтізбелік күннен');
    assert.equal(formatDurationKk({ count: 3, unit: 'months' }, { case: 'dat' }), '3 айға');
    assert.equal(formatDurationKk({ count: 1, unit: 'years' }, { case: 'loc' }), '1 жылда');
  });

  it('writes Russian durations in the nominative', () => {
    assert.equal(formatDurationRu({ count: 30, unit: 'calendar-days', words: true }), '30 (тридцать) календарных дней');
    assert.equal(formatDurationRu({ count: 1, unit: 'working-days', words: true }), '1 (один) рабочий день');
    assert.equal(formatDurationRu({ count: 2, unit: 'working-days', words: true }), '2 (два) рабочих дня');
    assert.equal(formatDurationRu({ count: 21, unit: 'calendar-days' }), '21 календарный день');
    assert.equal(formatDurationRu({ count: 11, unit: 'days' }), '11 дней');
    assert.equal(formatDurationRu({ count: 3, unit: 'years' }), '3 года');
    assert.equal(formatDurationRu({ count: 5, unit: 'years' }), '5 лет');
    assert.equal(formatDurationRu({ count: 6, unit: 'months', words: true }), '6 (шесть) месяцев');
  });

  it('writes Russian durations in the genitive, as after «в течение»', () => {
    assert.equal(formatDurationRu({ count: 15, unit: 'working-days', words: true }, { case: 'gen' }), '15 (пятнадцати) рабочих дней');
    assert.equal(formatDurationRu({ count: 30, unit: 'calendar-days', words: true }, { case: 'gen' }), '30 (тридцати) календарных дней');
    assert.equal(formatDurationRu({ count: 1, unit: 'working-days', words: true }, { case: 'gen' }), '1 (одного) рабочего дня');
    assert.equal(formatDurationRu({ count: 21, unit: 'calendar-days', words: true }, { case: 'gen' }), '21 (двадцати одного) календарного дня');
    assert.equal(formatDurationRu({ count: 2, unit: 'working-days', words: true }, { case: 'gen' }), '2 (двух) рабочих дней');
    assert.equal(formatDurationRu({ count: 24, unit: 'hours', words: true }, { case: 'gen' }), '24 (двадцати четырех) часов');
    assert.equal(formatDurationRu({ count: 1, unit: 'years' }, { case: 'gen' }), '1 года');
    assert.equal(formatDurationRu({ count: 3, unit: 'years' }, { case: 'gen' }), '3 лет');
  });

  it('rejects a fractional count', () => {
    assert.throws(() => formatDurationRu({ count: 1.5, unit: 'days' }), RangeError);
    assert.throws(() => formatDurationKk({ count: -1, unit: 'days' }), RangeError);
  });
});

describe('Russian declension', () => {
  const operator = { nom: 'Оператор', gen: 'Оператора', dat: 'Оператору', acc: 'Оператора', ins: 'Оператором', prep: 'Операторе' };

  it('uses listed forms first', () => {
    assert.deepEqual(RU_CASES.map(kase => declineRu(operator, kase)), ['Оператор', 'Оператора', 'Оператору', 'Оператора', 'Оператором', 'Операторе']);
  });

  it('falls back to a guess, then to the nominative', () => {
    assert.equal(declineRu({ nom: 'Администрация' }, 'ins'), 'Администрацией');
    assert.equal(declineRu({ nom: 'Пользователь', acc: 'Пользователя' }, 'dat'), 'Пользователю');
    assert.equal(declineRu({ nom: 'ТОО «DAR Tech»' }, 'gen'), 'ТОО «DAR Tech»');
    assert.equal(declineRu({ nom: 'срок' }, 'gen'), 'срок');
  });

  it('guesses common noun patterns', () => {
    const table: [string, boolean, string[]][] = [
      ['сайт', false, ['сайт', 'сайта', 'сайту', 'сайт', 'сайтом', 'сайте']],
      ['Оператор', true, ['Оператор', 'Оператора', 'Оператору', 'Оператора', 'Оператором', 'Операторе']],
      ['Администрация', false, ['Администрация', 'Администрации', 'Администрации', 'Администрацию', 'Администрацией', 'Администрации']],
      ['Пользователь', true, ['Пользователь', 'Пользователя', 'Пользователю', 'Пользователя', 'Пользователем', 'Пользователе']],
      ['платформа', false, ['платформа', 'платформы', 'платформе', 'платформу', 'платформой', 'платформе']],
      ['политика', false, ['политика', 'политики', 'политике', 'политику', 'политикой', 'политике']],
      ['неделя', false, ['неделя', 'недели', 'неделе', 'неделю', 'неделей', 'неделе']],
      ['ответственность', false, ['ответственность', 'ответственности', 'ответственности', 'ответственность', 'ответственностью', 'ответственности']],
      ['соглашение', false, ['соглашение', 'соглашения', 'соглашению', 'соглашение', 'соглашением', 'соглашении']],
      ['общество', false, ['общество', 'общества', 'обществу', 'общество', 'обществом', 'обществе']],
      ['критерий', false, ['критерий', 'критерия', 'критерию', 'критерий', 'критерием', 'критерии']],
    ];
    for (const [word, animate, forms] of table) {
      const guessed = guessRuForms(word, animate);
      assert.deepEqual(RU_CASES.map(kase => guessed[kase]), forms, word);
    }
  });

  it('leaves out forms it cannot know', () => {
    // Instrumental after a hushing consonant depends on stress (задачей / свечой).
    assert.equal(guessRuForms('задача').ins, undefined);
    assert.equal(guessRuForms('задача').gen, 'задачи');
    assert.deepEqual(guessRuForms('персональные данные'), { nom: 'персональные данные' });
    assert.deepEqual(guessRuForms('время'), { nom: 'время' });
  });

  it('picks plural forms', () => {
    const forms = ['день', 'дня', 'дней'] as const;
    const table: [number, string][] = [[0, 'дней'], [1, 'день'], [2, 'дня'], [4, 'дня'], [5, 'дней'], [11, 'дней'], [12, 'дней'], [14, 'дней'], [21, 'день'], [22, 'дня'], [25, 'дней'], [101, 'день'], [111, 'дней'], [1.5, 'дня']];
    for (const [n, form] of table) assert.equal(pluralRu(n, forms), form, String(n));
  });
});

it('loans in -кт take і before every suffix (акт → актіге, субъект → субъектісі)', () => {
  const cases = ['gen', 'dat', 'acc', 'loc', 'abl', 'ins'] as const;
  assert.deepEqual(cases.map(c => inflectKk('Субъект', c)), ['Субъектінің', 'Субъектіге', 'Субъектіні', 'Субъектіде', 'Субъектіден', 'Субъектімен']);
  assert.deepEqual(cases.map(c => inflectKk('акт', c)), ['актінің', 'актіге', 'актіні', 'актіде', 'актіден', 'актімен']);
  assert.equal(possessive3Kk('субъект'), 'субъектісі');
  assert.equal(possessive3Kk('объект'), 'объектісі');
});
