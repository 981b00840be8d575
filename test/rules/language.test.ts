// Kazakh ↔ Russian rules: the same facts in both versions, each text in its own language and script,
// and statutory terms (with the replacement a quick fix applies).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { at, diagnostics, findingsOf, policy } from './helpers';
import { compareTexts, extractFacts } from '../../server/src/rules/language/bilingual';
import { scriptFindings } from '../../server/src/rules/language/script';
import { frontSuffix } from '../../server/src/rules/language/terminology';

const clause = (kk: string, ru: string) => policy(`clauses:\n  - text:\n      kk: ${JSON.stringify(kk)}\n      ru: ${JSON.stringify(ru)}\n`);
const blockClause = (kk: string, ru: string) => policy(`clauses:\n  - text:\n      kk: |\n        ${kk}\n      ru: >-\n        ${ru}\n`);

describe('bilingual facts', () => {
  it('finds numbers, dates, periods, e-mails, URLs, BINs, phones and placeholders in both languages', () => {
    const kk = extractFacts('{{operator}} шағымды күнтізбелік 30 күн ішінде қарайды; 2013 жылғы 21 мамырдағы № 94-V Заң; info@ex.kz; https://ex.kz/; БСН 000740001307; +7 (727) 000-00-00', 'kk');
    const ru = extractFacts('{{operator}} рассматривает жалобу в течение 30 календарных дней; Закон от 21 мая 2013 года № 94-V; info@ex.kz; ex.kz; БИН 000740001307; 8 727 000 00 00', 'ru');
    const keys = (fs: typeof kk) => fs.map(f => `${f.kind}:${f.key}`).sort();
    assert.deepEqual(keys(kk), keys(ru));
    assert.deepEqual(keys(kk), ['bin:000740001307', 'date:2013-05-21', 'deadline:30 calendar-days', 'email:info@ex.kz', 'number:94', 'phone:77270000000', 'placeholder:operator', 'url:ex.kz']);
  });
  it('a date written differently is the same date; a different one is not', () => {
    assert.deepEqual(compareTexts('2026 жылғы 1 ақпан', '01.02.2026'), []);
    assert.deepEqual(compareTexts('2026 жылғы 1 ақпан', '1 марта 2026 года').map(m => `${m.lang}:${m.key}`), ['kk:2026-02-01', 'ru:2026-03-01']);
  });
  it('working and calendar days differ', () => {
    assert.deepEqual(compareTexts('15 жұмыс күні', '15 календарных дней').map(m => m.kind), ['deadline', 'deadline']);
    assert.deepEqual(compareTexts('он бес (15) жұмыс күні ішінде', 'в течение пятнадцати (15) рабочих дней'), []);
  });
  it('reports the fact where it is written, in the text that has it', () => {
    const text = clause('Өтінішке 10 жұмыс күні ішінде жауап беріледі. Байланыс: info@example.kz', 'Ответ на обращение дается в течение 15 рабочих дней. Контакты: info@example.kz');
    const fs = findingsOf(text, 'bilingual-mismatch');
    assert.deepEqual(fs.map(f => at(text, f)), ['10 жұмыс күні', '15 рабочих дней']);
  });
  it('locates facts inside block and folded scalars', () => {
    const text = blockClause('Жауап {{operator}} 10 жұмыс күні ішінде береді.', 'Ответ дается в течение 10 рабочих дней, {{user}}.');
    const fs = findingsOf(text, 'bilingual-mismatch');
    assert.deepEqual(fs.map(f => at(text, f)), ['{{operator}}', '{{user}}']);
  });
  it('words the finding in the user\'s language', () => {
    const text = clause('Мерзімі 10 жұмыс күні.', 'Срок 15 рабочих дней.');
    const ru = diagnostics(text, 'ru').filter(d => d.code === 'bilingual-mismatch');
    assert.match(ru[0].message, /^Срок «10 жұмыс күні» есть в казахском тексте, но отсутствует в русском/);
    const kk = diagnostics(text, 'kk').filter(d => d.code === 'bilingual-mismatch');
    assert.match(kk[1].message, /орысша мәтінде бар, бірақ қазақша мәтінде жоқ/);
  });
});

describe('script', () => {
  it('flags Latin look-alikes inside Cyrillic words and proposes the Cyrillic word', () => {
    const text = clause('Құпиялылық сaясаты (Latin a) және Оператоp', 'Политика кoнфиденциальности');
    const fs = findingsOf(text, 'mixed-script');
    assert.deepEqual(fs.map(f => [at(text, f), f.args?.replacement]), [['сaясаты', 'саясаты'], ['Оператоp', 'Оператор'], ['кoнфиденциальности', 'конфиденциальности']]);
  });
  it('maps Latin ə, ö, ü, i to Kazakh letters only in Kazakh text', () => {
    assert.equal(scriptFindings('мəтін', 'kk')[0].replacement, 'мәтін');
    assert.equal(scriptFindings('бiлiм', 'kk')[0].replacement, 'білім');
    assert.equal(scriptFindings('мiр', 'ru')[0].replacement, undefined);
  });
  it('leaves Latin words alone (IP-мекенжай, e-mail, Kaspi.kz)', () => {
    assert.deepEqual(scriptFindings('IP-мекенжай, e-mail, Kaspi.kz, SMS-хабарлама', 'kk'), []);
  });
  it('flags a Kazakh text left in Russian', () => {
    const text = clause('Оператор обрабатывает персональные данные для оказания услуг', 'Оператор обрабатывает персональные данные для оказания услуг');
    assert.equal(findingsOf(text, 'kk-text-in-russian').length, 1);
    assert.equal(findingsOf(clause('Оператор дербес деректерді өңдейді', 'Оператор обрабатывает персональные данные'), 'kk-text-in-russian').length, 0);
  });
  it('flags a Russian text left in Kazakh, and Kazakh letters in Russian words (not in names)', () => {
    assert.equal(findingsOf(clause('Оператор дербес деректерді өңдейді', 'Оператор дербес деректерді өңдейді'), 'ru-text-in-kazakh').length, 1);
    const text = clause('Оператор дербес деректерді өңдейді', 'ТОО «Білім» обрабатывает персональные даннқые в городе Қостанай');
    assert.deepEqual(findingsOf(text, 'ru-text-in-kazakh').map(f => at(text, f)), ['даннқые']);
  });
});

describe('terminology (R36)', () => {
  it('«жеке деректер» → «дербес деректер», keeping the ending', () => {
    const text = clause('Пайдаланушының жеке деректерінің құпиялылығы', 'Конфиденциальность персональных данных');
    const [f] = findingsOf(text, 'R36');
    assert.equal(at(text, f), 'жеке деректерінің');
    assert.equal(f.args?.replacement, 'дербес деректерінің');
  });
  it('«жеке ақпарат» → «дербес деректер» with vowel harmony and voicing of the ending', () => {
    const cases: [string, string][] = [['жеке ақпаратты', 'дербес деректерді'], ['жеке ақпараттың', 'дербес деректердің'], ['дербес ақпаратына', 'дербес деректеріне'], ['жеке ақпаратпен', 'дербес деректермен'], ['Жеке ақпарат', 'Дербес деректер']];
    for (const [found, want] of cases) {
      const text = clause(`${found} қорғалады`, 'Персональные данные защищаются');
      assert.equal(findingsOf(text, 'R36')[0]?.args?.replacement, want, found);
    }
  });
  it('«трансшекаралық тасымалдау» → «трансшекаралық беру» (verbal noun only)', () => {
    const text = clause('трансшекаралық тасымалдауға келісім; деректер трансшекаралық тасымалданады', 'согласие на трансграничную передачу; данные передаются');
    const fs = findingsOf(text, 'R36');
    assert.deepEqual(fs.map(f => [at(text, f), f.args?.replacement]), [['трансшекаралық тасымалдауға', 'трансшекаралық беруге'], ['трансшекаралық тасымалданады', undefined]]);
  });
  it('«алып тастау» of data → «жою», but not «бұғаттауды алып тастау»', () => {
    const text = clause('өз дербес деректерін алып тастауды талап етуге; деректерді бұғаттауды алып тастау', 'требовать уничтожения; снятие блокирования');
    const fs = findingsOf(text, 'R36');
    assert.deepEqual(fs.map(f => [at(text, f), f.args?.replacement]), [['алып тастауды', 'жоюды']]);
  });
  it('Russian: «личные данные», «деперсонализация»', () => {
    const text = clause('Дербес деректер', 'Обработка личных данных и их деперсонализация');
    const fs = findingsOf(text, 'R36');
    assert.deepEqual(fs.map(f => f.args?.replacement), ['персональных данных', 'обезличивание']);
  });
  it('«Әкімшілік» not defined as owner or operator', () => {
    const text = policy('operator:\n  term: administration\n  name: { kk: «Мысал» ЖШС, ru: ТОО «Пример» }\n  legal-form: llp\n  bin: "000740001307"\n  address: { kk: Алматы қ., ru: г. Алматы }\n  contacts: { email: a@example.kz }\n');
    assert.equal(findingsOf(text, 'R36')[0]?.args?.kind, 'administration');
    const defined = text + 'terms:\n  admin:\n    term: { kk: Әкімшілік, ru: Администрация }\n    definition: { kk: дербес деректер базасының операторы, ru: оператор базы персональных данных }\n';
    assert.equal(findingsOf(defined, 'R36').length, 0);
  });
  it('front-vowel endings', () => {
    assert.equal(frontSuffix('ға'), 'ге');
    assert.equal(frontSuffix('ты', true), 'ді');
    assert.equal(frontSuffix('ына'), 'іне');
  });
});
