// The law rules, family by family, on small policies built in memory over the clean base policy.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { at, BASE_POLICY, diagnostics, findings, findingsOf, policy } from './helpers';
import { policyRules } from '../../server/src/service/../rules/registry';
import { exceedsCalendarDays, exceedsWorkingDays, inForce, lawDate, LAW_VERSION, maxWorkingDays } from '../../server/src/rules/lawDates';
import '../../server/src/rules/all';

const has = (text: string, code: string) => findingsOf(text, code).length > 0;
const severityOf = (text: string, code: string) => diagnostics(text).find(d => d.code === code)?.severity;
const ERROR = 1, WARNING = 2, INFO = 3;

describe('the base policy', () => {
  it('has no law or language finding above info', () => {
    const above = diagnostics(BASE_POLICY).filter(d => (d.severity ?? 1) < INFO);
    assert.deepEqual(above.map(d => d.code), []);
  });
  it('has no finding at all', () => {
    assert.deepEqual(findings(BASE_POLICY).map(f => f.code), []);
  });
  it('registers 40 law rules R01–R40, none of them an L-confidence error', () => {
    const ids = policyRules().map(r => r.code).filter(c => /^R\d\d$/.test(c)).sort();
    assert.deepEqual(ids, Array.from({ length: 40 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`));
    for (const r of policyRules()) assert.ok(!(r.confidence === 'L' && r.severity === 'error'), r.code);
  });
});

describe('dates: which wording of the law applies', () => {
  it('reads the effective date, then the approval date, then the law version', () => {
    assert.equal(lawDate({ effective: '2024-01-01' }), '2024-01-01');
    assert.equal(lawDate({ approved: { date: '2023-05-05' } }), '2023-05-05');
    assert.equal(lawDate({}), LAW_VERSION);
    assert.ok(inForce({ effective: '2024-07-01' }, '2024-07-01'));
    assert.ok(!inForce({ effective: '2024-06-30' }, '2024-07-01'));
  });
  it('counts the most working days a period can hold', () => {
    assert.equal(maxWorkingDays({ count: 21, unit: 'calendar-days' }), 15);
    assert.equal(maxWorkingDays({ count: 22, unit: 'calendar-days' }), 16);
    assert.ok(!exceedsWorkingDays({ count: 1, unit: 'working-days' }, 1));
    assert.ok(!exceedsWorkingDays({ count: 24, unit: 'hours' }, 1));
    assert.ok(exceedsWorkingDays({ count: 2, unit: 'days' }, 1));
    assert.ok(exceedsCalendarDays({ count: 15, unit: 'working-days' }, 20));
    assert.ok(!exceedsCalendarDays({ count: 20, unit: 'calendar-days' }, 20));
  });
});

describe('storage (R01–R04)', () => {
  it('R01: storage abroad is an error at storage/location', () => {
    const text = policy('storage:\n  location: abroad\n  countries: [DE]\n');
    const [f] = findingsOf(text, 'R01');
    assert.equal(at(text, f), 'location');
    assert.equal(severityOf(text, 'R01'), ERROR);
  });
  it('R01: a foreign hosting processor with no Kazakhstan database', () => {
    const text = policy('storage:\n  location: unspecified\nprocessors:\n  host: { name: Hetzner, service: hosting, country: DE }\n');
    assert.equal(at(text, findingsOf(text, 'R01')[0]), 'country');
    assert.ok(!has(policy('storage:\n  location: kazakhstan-and-abroad\nprocessors:\n  host: { name: Hetzner, service: hosting, country: DE }\ncross-border:\n  occurs: "yes"\n  countries: [DE]\n  consent: separate\n'), 'R01'));
  });
  it('R02: no storage section, or location unspecified', () => {
    assert.ok(has(policy('', ['storage']), 'R02'));
    assert.ok(has(policy('storage:\n  location: unspecified\n'), 'R02'));
    assert.ok(!has(BASE_POLICY, 'R02'));
  });
  it('R03: unlimited retention anywhere, with a fix to "purpose-achieved"', () => {
    const text = policy('purposes:\n  provide-service:\n    category: service\n    data: [full-name, email]\n    basis: consent\n    retention: { until: unlimited }\n');
    const [f] = findingsOf(text, 'R03');
    assert.equal(at(text, f), 'until');
    assert.equal(f.args?.replacement, 'purpose-achieved');
    assert.equal(text.slice(Number(f.args?.fixStart), Number(f.args?.fixEnd)), 'unlimited');
  });
  it('R04: a purpose without its own retention when the global one only restates the law', () => {
    const text = policy('purposes:\n  provide-service:\n    category: service\n    data: [full-name, email]\n    basis: consent\n');
    assert.ok(has(text, 'R04'));
    const concrete = policy('purposes:\n  provide-service:\n    category: service\n    data: [full-name, email]\n    basis: consent\nretention: { until: period, period: 3 years }\n');
    assert.ok(!has(concrete, 'R04'));
  });
});

describe('consent (R05, R12, R15, R37, R38)', () => {
  it('R05: consent inferred from using the site', () => {
    const text = policy('acceptance:\n  method: site-use\n  term: { until: purpose-achieved }\n');
    assert.equal(at(text, findingsOf(text, 'R05')[0]), 'method');
    assert.equal(severityOf(text, 'R05'), WARNING);
  });
  it('R12: public data needs its own consent to dissemination', () => {
    const data = 'data:\n  full-name: { category: full-name, source: registration, required: true, public: true }\n  email: { category: email, source: registration, required: true }\n';
    assert.ok(has(policy(data), 'R12'));
    assert.ok(!has(policy(data + 'transfers:\n  - to: public\n    data: [full-name]\n    basis: consent\n    consent: separate\n'), 'R12'));
    assert.ok(has(policy('transfers:\n  - to: public\n    basis: consent\n    consent: bundled\n'), 'R12'));
  });
  it('R15: no right to withdraw and no withdrawal deadline; a text that excludes withdrawal', () => {
    assert.ok(has(policy('rights: [know, change, block, destroy, public-consent, protection]\n', ['requests']), 'R15'));
    const text = policy('clauses:\n  - text:\n      kk: Келісімді кері қайтарып алуға болмайды.\n      ru: Отзыв согласия невозможен.\n');
    const fs = findingsOf(text, 'R15');
    assert.deepEqual(fs.map(f => at(text, f)), ['кері қайтарып алуға болмайды', 'Отзыв согласия невозможен']);
  });
  it('R37: missing consent term is info, and an error when the policy is itself the consent', () => {
    assert.equal(severityOf(policy('acceptance:\n  method: explicit-checkbox\n  before-registration: true\n'), 'R37'), INFO);
    assert.equal(severityOf(policy('kind: consent-agreement\nacceptance:\n  method: explicit-checkbox\n  before-registration: true\n'), 'R37'), ERROR);
    assert.equal(severityOf(policy('acceptance:\n  method: explicit-checkbox\n  public-offer: true\n  before-registration: true\n'), 'R37'), ERROR);
  });
  it('R38: data from state systems, unless consent goes through the state service', () => {
    const data = 'data:\n  full-name: { category: full-name, source: state-systems, required: true }\n  email: { category: email, source: registration, required: true }\n';
    assert.ok(has(policy(data), 'R38'));
    assert.ok(!has(policy(data + 'acceptance:\n  method: state-service\n  before-registration: true\n  term: { until: purpose-achieved }\n'), 'R38'));
  });
});

describe('data (R07, R11, R21, R26, R28, R29)', () => {
  it('R07: an open-ended category, an open list in a label; an error in a consent', () => {
    const text = policy('data:\n  full-name: { category: full-name, source: registration, required: true, label: { kk: аты-жөні және т.б., ru: ФИО и т.д. } }\n  email: { category: email, source: registration, required: true }\n');
    assert.deepEqual(findingsOf(text, 'R07').map(f => at(text, f)), ['т.б.', 'и т.д.']);
    assert.equal(severityOf(text, 'R07'), WARNING);
    assert.equal(severityOf(text.replace('kind: privacy-policy', 'kind: consent-agreement'), 'R07'), ERROR);
  });
  it('R11: IIN for a newsletter, geolocation for fraud prevention', () => {
    const text = policy('data:\n  full-name: { category: full-name, source: registration, required: true }\n  email: { category: email, source: registration, required: true }\n  iin: { category: iin, source: user }\npurposes:\n  provide-service:\n    category: service\n    data: [full-name, email]\n    basis: consent\n    retention: { until: account-deleted }\n  news:\n    category: marketing\n    consent: separate\n    data: [email, iin]\n    basis: consent\n    retention: { until: consent-withdrawn }\n');
    const [f] = findingsOf(text, 'R11');
    assert.equal(at(text, f), 'iin');
    assert.equal(f.args?.purpose, 'news');
  });
  it('R21, R26, R28: biometrics, identity document copies, imported data', () => {
    const text = policy('data:\n  full-name: { category: full-name, source: other-databases, required: true }\n  email: { category: email, source: registration, required: true }\n  face: { category: biometric, source: user }\n  passport: { category: id-document-copy, source: user }\npurposes:\n  provide-service:\n    category: service\n    data: [full-name, email, face, passport]\n    basis: consent\n    retention: { until: account-deleted }\n');
    assert.ok(has(text, 'R21'));
    assert.equal(severityOf(text, 'R26'), ERROR);
    assert.ok(has(text, 'R28'));
  });
  it('R29: technical data called non-personal', () => {
    const text = policy('clauses:\n  - text:\n      kk: IP-мекенжай дербестендірілмеген ақпарат болып табылады.\n      ru: IP-адрес является неперсональными данными.\n');
    assert.deepEqual(findingsOf(text, 'R29').map(f => at(text, f)), ['дербестендірілмеген', 'неперсональными']);
  });
});

describe('purposes (R09, R19)', () => {
  it('R09: vague wording and purposes tied to no data', () => {
    const text = policy('purposes:\n  provide-service:\n    category: service\n    data: [full-name, email]\n    basis: consent\n    retention: { until: account-deleted }\n    description: { kk: Қызмет көрсету және өзге де мақсаттар, ru: Оказание услуг и иные цели }\n  misc:\n    category: improvement\n    basis: consent\n');
    const fs = findingsOf(text, 'R09');
    assert.deepEqual(fs.map(f => at(text, f)), ['өзге де', 'иные цели', 'misc']);
  });
  it('R19: statistics without depersonalisation', () => {
    const base = 'purposes:\n  provide-service:\n    category: service\n    data: [full-name, email]\n    basis: consent\n    retention: { until: account-deleted }\n  research:\n    category: statistics\n    data: [email]\n    basis: consent\n    retention: { until: purpose-achieved }\n';
    assert.ok(has(policy(base), 'R19'));
    assert.ok(!has(policy(base + '    depersonalized: true\n'), 'R19'));
  });
});

describe('transfers (R08, R10, R34)', () => {
  it('R08: cross-border transfer without separate consent or countries', () => {
    const bundled = findingsOf(policy('cross-border:\n  occurs: "yes"\n  consent: bundled\n'), 'R08');
    assert.deepEqual(bundled.map(f => f.args?.problem).sort(), ['bundled', 'no-countries']);
    assert.ok(!has(policy('cross-border:\n  occurs: "yes"\n  countries: [DE]\n  consent: separate\n'), 'R08'));
  });
  it('R08: not stated is an error only in a consent', () => {
    assert.ok(!has(policy('', ['cross-border']), 'R08'));
    assert.ok(has(policy('kind: consent-agreement\n', ['cross-border']), 'R08'));
  });
  it('R08: processors abroad or without a country', () => {
    const text = policy('processors:\n  cdn: { name: Cloudflare, service: cdn }\n  mail: { name: Mailgun, service: messaging, country: US }\n');
    assert.deepEqual(findingsOf(text, 'R08').map(f => f.args?.problem).sort(), ['processor-country', 'undeclared']);
  });
  it('R10: transfer without a basis, by implied consent, or to unnamed third parties', () => {
    assert.equal(findingsOf(policy('transfers:\n  - to: third-parties\n    data: [email]\n    basis: without-consent\n'), 'R10').length, 2);
    const implied = policy('acceptance:\n  method: site-use\n  term: { until: purpose-achieved }\ntransfers:\n  - to: education-body\n    basis: consent\n    consent: bundled\n');
    assert.deepEqual(findingsOf(implied, 'R10').map(f => f.args?.problem), ['implied-consent']);
    assert.ok(!has(policy('transfers:\n  - to: state-bodies\n    basis: law\n  - to: third-parties\n    basis: law\n'), 'R10'));
  });
  it('R34: notice of a transfer later than 10 working days, with a fix', () => {
    const text = policy('transfers:\n  - to: bank\n    name: { kk: Банк, ru: Банк }\n    basis: consent\n    consent: separate\n    notice: 30 calendar-days\n');
    const [f] = findingsOf(text, 'R34');
    assert.equal(f.args?.replacement, '10 working-days');
    assert.equal(severityOf(text, 'R34'), INFO);
  });
});

describe('rights (R13)', () => {
  it('lists the missing statutory rights, with a fix that keeps flow style', () => {
    const text = policy('rights: [know, change, withdraw]\n');
    const [f] = findingsOf(text, 'R13');
    assert.equal(f.args?.missing, 'block,destroy,public-consent,protection');
    assert.equal(f.args?.replacement, '[know, change, withdraw, block, destroy, public-consent, protection]');
    assert.match(diagnostics(text, 'kk').find(d => d.code === 'R13')!.message, /Көрсетілмегені: .*бұғаттау/);
  });
  it('is an error when the policy states no rights at all', () => {
    assert.equal(severityOf(policy('', ['rights']), 'R13'), ERROR);
  });
  it('adds block-style items in block style', () => {
    const text = policy('', ['rights']).replace('requests:', 'rights:\n  - know\n  - change\nrequests:');
    const [f] = findingsOf(text, 'R13');
    assert.equal(f.args?.replacement, '\n  - block\n  - destroy\n  - withdraw\n  - public-consent\n  - protection');
  });
  it('from the Digital Code, also expects the right to restriction', () => {
    assert.ok(!has(policy('effective: 2026-06-01\n'), 'R13'));
    assert.equal(findingsOf(policy('effective: 2026-08-01\n'), 'R13')[0]?.args?.missing, 'restrict');
  });
});

describe('deadlines (R14, R16, R31)', () => {
  const requests = (extra: string) => `requests:\n  channels: [email]\n  email: privacy@example.kz\n${extra}`;
  it('R14: correction later than one working day', () => {
    const text = policy(requests('  correction: 30 calendar-days\n  withdrawal: 15 working-days\n'));
    const [f] = findingsOf(text, 'R14');
    assert.equal(at(text, f), 'correction');
    assert.equal(f.args?.replacement, '1 working-day');
    assert.equal(text.slice(Number(f.args?.fixStart), Number(f.args?.fixEnd)), '30 calendar-days');
  });
  it('R16 applies to policies effective from 2026-01-18 only', () => {
    const late = requests('  withdrawal: 30 calendar-days\n');
    assert.ok(has(policy(late + 'effective: 2026-02-01\n'), 'R16'));
    assert.ok(!has(policy(late + 'effective: 2025-06-01\n'), 'R16'));
    assert.ok(!has(policy(requests('  withdrawal: 21 calendar-days\n')), 'R16'));
  });
  it('R31: complaint answer beyond 20 calendar days is a warning on an online platform, info elsewhere', () => {
    const disputes = 'disputes:\n  pre-trial-claim: true\n  answer: 30 working-days\n';
    assert.equal(severityOf(policy(disputes), 'R31'), INFO);
    assert.equal(severityOf(policy(disputes + 'resource:\n  kind: platform\n  url: https://example.kz/\n  online-platform: true\n'), 'R31'), WARNING);
  });
  it('R31: an unverified access-request deadline says "check with a lawyer"', () => {
    const d = diagnostics(policy(requests('  answer: 30 calendar-days\n')), 'ru').find(x => x.code === 'R31');
    assert.ok(d);
    assert.match(d.message, /уточните у юриста/);
  });
});

describe('marketing (R17, R18)', () => {
  it('R17: bundled marketing consent', () => {
    assert.ok(has(policy('marketing:\n  channels: [sms]\n  consent: bundled\n'), 'R17'));
    assert.ok(!has(policy('marketing:\n  channels: [sms]\n  consent: separate\n'), 'R17'));
  });
  it('R18: targeted ads are a warning, an error when the service serves minors', () => {
    const ads = 'marketing:\n  channels: [email]\n  consent: separate\n  targeted-ads: true\n';
    assert.equal(severityOf(policy(ads), 'R18'), WARNING);
    assert.equal(severityOf(policy(ads + 'minors:\n  served: true\n  guardian-consent: true\n'), 'R18'), ERROR);
  });
});

describe('minors (R20)', () => {
  it('minors served without a legal representative\'s consent', () => {
    assert.ok(has(policy('minors:\n  served: true\n'), 'R20'));
    assert.ok(!has(policy('minors:\n  served: true\n  guardian-consent: true\n'), 'R20'));
  });
  it('infers minors from their data (a parent\'s phone)', () => {
    const text = policy('data:\n  full-name: { category: full-name, source: registration, required: true }\n  email: { category: email, source: registration, required: true }\n  parent: { category: parent-phone, source: user }\npurposes:\n  provide-service:\n    category: service\n    data: [full-name, email, parent]\n    basis: consent\n    retention: { until: account-deleted }\n');
    assert.equal(at(text, findingsOf(text, 'R20')[0]), 'parent');
  });
});

describe('automated decisions (R22)', () => {
  const auto = 'automated-processing:\n  used: true\n  decisions: true\n  consent: separate\n';
  it('from 2026-01-18 the subject must be able to object', () => {
    assert.ok(has(policy(auto + 'effective: 2026-02-01\n'), 'R22'));
    assert.ok(!has(policy(auto + 'effective: 2025-12-01\n'), 'R22'));
    assert.ok(!has(policy(auto + '  objection: true\n'), 'R22'));
  });
  it('automated processing without decisions is only info', () => {
    assert.equal(severityOf(policy('automated-processing:\n  used: true\n'), 'R22'), INFO);
  });
});

describe('breach and liability (R23, R24)', () => {
  it('R23: breach notice is due from 2024-07-01', () => {
    assert.ok(has(policy('effective: 2024-08-01\n', ['breach']), 'R23'));
    assert.ok(!has(policy('effective: 2024-03-01\n', ['breach']), 'R23'));
  });
  it('R23: an online platform must also notify users', () => {
    const text = policy('resource:\n  kind: platform\n  url: https://example.kz/\n  online-platform: true\nbreach:\n  regulator-notice: true\n');
    assert.equal(findingsOf(text, 'R23')[0]?.args?.who, 'users');
  });
  it('R24: disclaiming liability for leaks', () => {
    const text = policy('liability:\n  disclaimers: [force-majeure, security-breach]\n');
    assert.equal(at(text, findingsOf(text, 'R24')[0]), 'security-breach');
  });
});

describe('changes (R25)', () => {
  it('unilateral changes without notice or fresh consent', () => {
    assert.ok(has(policy('changes:\n  notice: none\n'), 'R25'));
    assert.ok(has(policy('changes:\n  notice: publication\n  unilateral: true\n'), 'R25'));
    assert.ok(has(policy('changes:\n  notice: publication\n  continued-use: true\n'), 'R25'));
    assert.ok(!has(BASE_POLICY, 'R25'));
  });
});

describe('operator (R06, R27, R33)', () => {
  const operator = (extra: string) => `operator:\n  term: operator\n  name:\n    kk: «Мысал» ЖШС\n    ru: ТОО «Пример»\n${extra}`;
  it('R06: no BIN and no address; an error in a consent', () => {
    const text = policy(operator('  legal-form: llp\n  contacts:\n    email: a@example.kz\n'));
    assert.equal(findingsOf(text, 'R06')[0].args?.missing, 'bin,address');
    assert.equal(severityOf(text, 'R06'), WARNING);
    assert.equal(severityOf(text.replace('kind: privacy-policy', 'kind: consent-agreement'), 'R06'), ERROR);
    assert.match(diagnostics(text, 'ru').find(d => d.code === 'R06')!.message, /Не указаны: БИН, адрес\./);
  });
  it('R27: a legal entity without a responsible person, also recognised by its name', () => {
    assert.ok(has(policy('', ['responsible-person']), 'R27'));
    assert.ok(has(policy(operator('  bin: "000740001307"\n  address: { kk: Алматы қ., ru: г. Алматы }\n  contacts: { email: a@example.kz }\n'), ['responsible-person']), 'R27'));
    assert.ok(!has(policy(operator('  legal-form: sole-proprietor\n  iin: "000740001307"\n  address: { kk: Алматы қ., ru: г. Алматы }\n  contacts: { email: a@example.kz }\n'), ['responsible-person']), 'R27'));
  });
  it('R33: no e-mail, address or form for requests ("via the website" does not count)', () => {
    const noContacts = operator('  legal-form: llp\n  bin: "000740001307"\n');
    assert.ok(has(policy(noContacts, ['requests']), 'R33'));
    assert.ok(has(policy(noContacts + 'requests:\n  channels: [website]\n'), 'R33'));
    assert.ok(!has(policy(noContacts + 'requests:\n  channels: [website-form]\n'), 'R33'));
  });
});

describe('platforms (R30, R39)', () => {
  const platform = 'resource:\n  kind: platform\n  url: https://example.kz/\n  online-platform: true\n';
  it('R30: consent by use, or not shown before registration, on an online platform', () => {
    assert.ok(has(policy(platform + 'acceptance:\n  method: registration\n  term: { until: purpose-achieved }\n'), 'R30'));
    assert.ok(!has(policy(platform), 'R30'));
    assert.ok(!has(policy('acceptance:\n  method: registration\n  term: { until: purpose-achieved }\n'), 'R30'));
  });
  it('R39: user comments need a user agreement', () => {
    const text = policy('data:\n  full-name: { category: full-name, source: registration, required: true }\n  email: { category: email, source: registration, required: true }\n  msgs: { category: messages, source: user }\npurposes:\n  provide-service:\n    category: service\n    data: [full-name, email, msgs]\n    basis: consent\n    retention: { until: account-deleted }\n');
    assert.equal(severityOf(text, 'R39'), INFO);
  });
});

describe('the document (R32, R35, R40)', () => {
  it('R32: a consent in one language', () => {
    assert.ok(has(policy('kind: consent-agreement\nlanguages: [kk]\n'), 'R32'));
    assert.ok(!has(policy('languages: [kk]\n'), 'R32'));
  });
  it('R35: a wrong title of the law, with a fix inside the quotes; a Russian law', () => {
    const text = policy('legal-references:\n  - act: pd-law\n    as-written:\n      kk: «Дербес деректер туралы» Заңы\n      ru: Закон «О персональных данных и их защите»\n  - act: ru-152-fz\n');
    const fs = findingsOf(text, 'R35');
    assert.equal(fs.length, 2);
    assert.equal(fs[0].args?.replacement, 'Дербес деректер және оларды қорғау туралы');
    assert.equal(text.slice(Number(fs[0].args?.fixStart), Number(fs[0].args?.fixEnd)), 'Дербес деректер туралы');
    assert.equal(fs[1].args?.foreign, 1);
  });
  it('R40: no version or date', () => {
    assert.ok(has(policy('', ['version']), 'R40'));
    assert.ok(has(policy('', ['effective']), 'R40'));
    assert.ok(!has(policy('approved:\n  date: 2026-01-01\n', ['effective']), 'R40'));
  });
});

describe('messages', () => {
  it('every law rule speaks kk, ru and en, and Kazakh messages use Kazakh letters', () => {
    for (const r of policyRules()) {
      for (const l of ['kk', 'ru', 'en'] as const) assert.ok(r.messages[l]({}).length > 10, `${r.code} ${l}`);
      if (/^R\d\d$/.test(r.code)) assert.match(r.messages.kk({}), /[әғқңөұүһі]/, r.code);
    }
  });
});
