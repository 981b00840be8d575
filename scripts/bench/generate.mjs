// Deterministic generator of realistic Derbes policies: Kazakh and Russian texts, data items,
// purposes and transfers that refer to them, processors, terms and clauses with {{placeholders}}.
// generatePolicy(lines, seed) returns a policy of about `lines` lines; the same arguments always
// give the same text, so benchmark runs on different days compare like with like.

/** mulberry32: a small seeded PRNG */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = n => Math.floor(next() * n);
  const pick = list => list[int(list.length)];
  const some = (list, min, max) => {
    const n = Math.min(list.length, min + int(max - min + 1));
    const copy = [...list];
    const out = [];
    for (let i = 0; i < n; i++) out.push(copy.splice(int(copy.length), 1)[0]);
    return out;
  };
  return { next, int, pick, some };
}

const CATEGORIES = ['full-name', 'email', 'phone', 'iin', 'birth-date', 'address', 'ip-address', 'cookies', 'device-ids', 'geolocation', 'photo', 'payment-details', 'login', 'gender', 'browser', 'visited-pages'];
const SOURCES = ['user', 'registration', 'automatic'];
const PURPOSE_CATEGORIES = ['identification', 'registration', 'service', 'payments', 'support', 'improvement', 'security', 'legal-obligation', 'communication'];
const RECIPIENTS = ['state-bodies', 'hosting', 'partners', 'payment-provider', 'bank'];
const SERVICES = ['hosting', 'cdn', 'analytics', 'payment', 'messaging', 'support'];
const COUNTRIES = ['KZ', 'RU', 'KG', 'UZ', 'DE', 'NL', 'US', 'FI', 'TR', 'AE'];
const SECTIONS = ['general', 'terms', 'operator', 'data', 'purposes', 'rights', 'transfers', 'storage', 'protection', 'changes'];

const KK_WORDS = ['Оператор', 'Пайдаланушының', 'дербес', 'деректерін', 'Қазақстан', 'Республикасының', 'заңнамасына', 'сәйкес', 'өңдейді', 'және', 'қорғайды', 'келісімі', 'негізінде', 'мақсаттарға', 'қол', 'жеткізілгенге', 'дейін', 'сақталады', 'үшінші', 'тұлғаларға', 'берілмейді', 'өтініш', 'бойынша', 'жойылады', 'құқығы', 'бар', 'мерзімде', 'хабарлайды', 'ақпарат', 'қауіпсіздігі', 'шаралары', 'қабылданады', 'серверлерде', 'шифрланған', 'түрде', 'интернет-ресурсы', 'тіркелу', 'кезінде'];
const RU_WORDS = ['Оператор', 'обрабатывает', 'персональные', 'данные', 'Пользователя', 'в', 'соответствии', 'с', 'законодательством', 'Республики', 'Казахстан', 'на', 'основании', 'согласия', 'хранит', 'до', 'достижения', 'целей', 'не', 'передаёт', 'третьим', 'лицам', 'по', 'запросу', 'уничтожает', 'право', 'имеет', 'сроки', 'уведомляет', 'информации', 'безопасности', 'меры', 'принимаются', 'серверах', 'зашифрованном', 'виде', 'интернет-ресурса', 'при', 'регистрации'];
const PLACEHOLDERS = ['{{operator}}', '{{user}}', '{{site}}', '{{email}}', '{{operator-name}}', '{{effective}}'];
const KK_TERMS = ['Дербес деректер', 'Субъект', 'Өңдеу', 'Оператор', 'Иесіздендіру', 'Бұғаттау', 'Жою', 'Трансшекаралық беру', 'Келісім', 'Сервис'];
const RU_TERMS = ['Персональные данные', 'Субъект', 'Обработка', 'Оператор', 'Обезличивание', 'Блокирование', 'Уничтожение', 'Трансграничная передача', 'Согласие', 'Сервис'];

/** A Kazakh and a Russian sentence with the same {{placeholders}}, as a translator would write them. */
function sentences(r, min, max) {
  const n = min + r.int(max - min + 1);
  const kk = [];
  const ru = [];
  for (let i = 0; i < n; i++) {
    if (r.next() < 0.06) {
      const p = r.pick(PLACEHOLDERS);
      kk.push(p);
      ru.push(p);
    } else {
      kk.push(r.pick(KK_WORDS));
      ru.push(r.pick(RU_WORDS));
    }
  }
  const cap = s => s[0].toUpperCase() + s.slice(1) + '.';
  return { kk: cap(kk.join(' ')), ru: cap(ru.join(' ')) };
}

function quoted(s) {
  return JSON.stringify(s);
}

/** A bilingual text at `indent`, inline (short) or as block scalars (long). */
function text(r, indent, long = false) {
  const pad = ' '.repeat(indent);
  if (!long) {
    const s = sentences(r, 3, 7);
    return [`${pad}kk: ${quoted(s.kk)}`, `${pad}ru: ${quoted(s.ru)}`];
  }
  const paragraphs = [];
  for (let p = 2 + r.int(3); p > 0; p--) paragraphs.push(sentences(r, 8, 16));
  const lines = [];
  for (const lang of ['kk', 'ru']) {
    lines.push(`${pad}${lang}: |`);
    for (const s of paragraphs) lines.push(`${pad}  ${s[lang]}`);
  }
  return lines;
}

/**
 * A policy of about `targetLines` lines. `seed` varies ids, texts and choices; the shape (all the
 * usual sections, a data map, purposes referring to data, transfers referring to both) is fixed.
 */
export function generatePolicy(targetLines, seed = 1) {
  const r = rng(seed * 7919 + targetLines);
  // head and tail sections: ~110 lines; the rest is split among the collections
  const budget = Math.max(0, targetLines - 115);
  const nData = Math.max(2, Math.round(budget * 0.16 / 6));
  const nPurposes = Math.max(1, Math.round(budget * 0.16 / 9));
  const nProcessors = Math.max(1, Math.round(budget * 0.08 / 6));
  const nTransfers = Math.max(1, Math.round(budget * 0.16 / 9));
  const nTerms = Math.max(1, Math.round(budget * 0.1 / 7));
  const out = [];
  const push = (...l) => out.push(...l);
  push('# Политика конфиденциальности / Құпиялылық саясаты', `# generated: seed ${seed}, ~${targetLines} lines`);
  push('derbes: 1', 'kind: privacy-policy', 'title:', '  kk: Құпиялылық саясаты', '  ru: Политика конфиденциальности', `version: "${1 + r.int(4)}.${r.int(10)}"`, `effective: 2026-0${1 + r.int(9)}-1${r.int(10)}`, 'languages: [kk, ru]', 'prevailing: kk');
  const company = r.int(4);
  const number = 1 + r.int(99);
  push('operator:', '  term: operator', '  name:', `    kk: «${['Алтын', 'Дала', 'Самұрық', 'Көктем'][company]} ${number}» ЖШС`, `    ru: ТОО «${['Алтын', 'Дала', 'Самрук', 'Коктем'][company]} ${number}»`, '  legal-form: llp', '  bin: "000740001307"', '  address:', '    kk: Алматы қ., Абай даңғылы, 1', '    ru: г. Алматы, проспект Абая, 1', '  contacts:', '    email: privacy@example.kz', '    phone: "+7 727 000 00 00"');
  push('user:', '  term: user', 'resource:', '  kind: website', '  name:', '    kk: Мысал интернет-ресурсы', '    ru: Интернет-ресурс «Пример»', '  url: https://example.kz/', 'acceptance:', '  method: explicit-checkbox', '  before-registration: true');
  push('terms:');
  for (let i = 0; i < nTerms; i++) {
    const t = i % KK_TERMS.length;
    push(`  term-${i + 1}:`, '    term:', `      kk: ${KK_TERMS[t]}`, `      ru: ${RU_TERMS[t]}`, '    definition:', ...text(r, 6));
  }
  push('data:');
  const dataIds = [];
  for (let i = 0; i < nData; i++) {
    const category = CATEGORIES[i % CATEGORIES.length];
    const id = i < CATEGORIES.length ? category : `${category}-${Math.floor(i / CATEGORIES.length) + 1}`;
    dataIds.push(id);
    if (r.next() < 0.3) push(`  ${id}: { category: ${category}, source: ${r.pick(SOURCES)}, required: ${r.next() < 0.5} }`);
    else push(`  ${id}:`, `    category: ${category}`, `    source: ${r.pick(SOURCES)}`, `    required: ${r.next() < 0.5}`, '    retention:', `      until: ${r.pick(['purpose-achieved', 'account-deleted'])}`);
  }
  push('purposes:');
  const purposeIds = [];
  const used = new Set();
  for (let i = 0; i < nPurposes; i++) {
    const category = PURPOSE_CATEGORIES[i % PURPOSE_CATEGORIES.length];
    const id = `${category}-${i + 1}`;
    purposeIds.push(id);
    // every data item is used by some purpose, so the generated policy has no unused-data warnings
    const refs = r.some(dataIds, 1, 4);
    for (let k = i; k < dataIds.length; k += nPurposes) if (!refs.includes(dataIds[k])) refs.push(dataIds[k]);
    refs.forEach(d => used.add(d));
    push(`  ${id}:`, `    category: ${category}`, `    data: [${refs.join(', ')}]`, `    basis: ${category === 'legal-obligation' ? 'law' : 'consent'}`, '    description:', ...text(r, 6), '    retention:', `      until: ${r.pick(['purpose-achieved', 'account-deleted'])}`);
  }
  push('retention:', '  until: purpose-achieved', 'storage:', '  location: kazakhstan', '  encrypted: true', '  backups: true');
  push('processors:');
  const processorIds = [];
  for (let i = 0; i < nProcessors; i++) {
    const service = SERVICES[i % SERVICES.length];
    const id = `${service}-${i + 1}`;
    processorIds.push(id);
    push(`  ${id}:`, `    name: ${r.pick(['PS Cloud', 'Kazteleport', 'Beeline Cloud', 'QazCloud', 'Kaspi Pay'])} ${i + 1}`, `    service: ${service}`, '    country: KZ', `    data: [${r.some(dataIds, 1, 3).join(', ')}]`);
  }
  push('transfers:');
  for (let i = 0; i < nTransfers; i++) {
    const to = r.pick(RECIPIENTS);
    push(`  - to: ${to}`, '    name:', ...text(r, 6), `    data: [${r.some(dataIds, 1, 3).join(', ')}]`, `    purposes: [${r.some(purposeIds, 1, 2).join(', ')}]`);
    if (to === 'hosting') push(`    processor: ${r.pick(processorIds)}`);
    push(`    basis: ${to === 'state-bodies' ? 'law' : 'consent'}`);
  }
  push('cross-border:', '  occurs: "no"', 'cookies:', '  used: true', '  kinds: [necessary, analytics]', '  opt-out:', '    kk: Браузер баптауларында cookie-файлдарды өшіруге болады.', '    ru: Файлы cookie можно отключить в настройках браузера.');
  push('rights: [know, access-free, change, block, destroy, withdraw, public-consent, protection]');
  push('requests:', '  channels: [email, post]', '  email: privacy@example.kz', '  answer: 3 working-days', '  correction: 1 working-day', '  blocking: 1 working-day', '  destruction: 1 working-day', '  withdrawal: 15 working-days');
  push('protection:', '  measures: [encryption, access-control, logging]', 'breach:', '  regulator-notice: true', '  user-notice: true');
  push('responsible-person:', '  name:', '    kk: Дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға', '    ru: Лицо, ответственное за организацию обработки персональных данных', '  contacts:', '    email: dpo@example.kz');
  push('changes:', '  notice: email', '  fresh-consent: true', '  notice-period: 10 calendar-days');
  // clauses fill the rest, up to the target
  const tail = ['footer:', '  kk: Осы саясат {{effective}} бастап күшіне енеді.', '  ru: Настоящая политика вступает в силу с {{effective}}.'];
  push('clauses:');
  let c = 0;
  do {
    c++;
    push(`  - id: clause-${c}`, `    section: ${r.pick(SECTIONS)}`, '    title:', ...text(r, 6), '    text:', ...text(r, 6, true));
  } while (out.length + tail.length < targetLines - 8);
  push(...tail);
  return out.join('\n') + '\n';
}

/** Line offsets of a text, for turning offsets into LSP positions. */
export function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
