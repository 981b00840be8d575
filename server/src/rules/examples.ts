// The documentation examples of the rules are fragments over one clean base policy, so each
// example shows only what matters. `composeExample` builds the full policy the tests check.
import { isMap, parseDocument } from 'yaml';
import type { RuleExample } from './kit';

/** A clean policy: no law or language rule finds anything above info in it. */
export const BASE_POLICY = `derbes: 1
kind: privacy-policy
title:
  kk: Құпиялылық саясаты
  ru: Политика конфиденциальности
version: "1.0"
effective: 2026-02-01
languages: [kk, ru]
operator:
  term: operator
  name:
    kk: «Мысал» ЖШС
    ru: ТОО «Пример»
  legal-form: llp
  bin: "000740001307"
  address:
    kk: Алматы қ., Абай даңғылы, 1
    ru: г. Алматы, проспект Абая, 1
  contacts:
    email: privacy@example.kz
    phone: "+7 727 000 00 00"
resource:
  kind: website
  url: https://example.kz/
acceptance:
  method: explicit-checkbox
  before-registration: true
  term: { until: purpose-achieved }
data:
  full-name: { category: full-name, source: registration, required: true }
  email: { category: email, source: registration, required: true }
purposes:
  provide-service:
    category: service
    data: [full-name, email]
    basis: consent
    retention: { until: account-deleted }
retention: { until: purpose-achieved }
storage:
  location: kazakhstan
cross-border:
  occurs: "no"
rights: [know, access-free, change, block, destroy, withdraw, public-consent, protection]
requests:
  channels: [email]
  email: privacy@example.kz
  answer: 3 working-days
  correction: 1 working-day
  blocking: 1 working-day
  destruction: 1 working-day
  withdrawal: 15 working-days
protection:
  measures: [encryption, access-control, logging]
breach:
  regulator-notice: true
  user-notice: true
responsible-person:
  name:
    kk: Дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға
    ru: Лицо, ответственное за организацию обработки персональных данных
  contacts:
    email: dpo@example.kz
changes:
  notice: email
  fresh-consent: true
  notice-period: 10 calendar-days
`;

/** The base policy's `data:` section, for examples that show it unchanged. */
export const BASE_DATA = 'data:\n  full-name: { category: full-name, source: registration, required: true }\n  email: { category: email, source: registration, required: true }\n';

/** The base data with one more item, `id: item`, which the base policy's purpose also uses. */
export function withDataItem(id: string, item: string): string {
  return `${BASE_DATA}  ${id}: ${item}\npurposes:\n  provide-service:\n    category: service\n    data: [full-name, email, ${id}]\n    basis: consent\n    retention: { until: account-deleted }\n`;
}

/** The base policy with the example's top-level sections set (replacing the base's) and its removals applied. */
export function composeExample(example: RuleExample, base = BASE_POLICY): string {
  const doc = parseDocument(base);
  const patch = parseDocument(example.yaml);
  for (const key of example.remove ?? []) doc.delete(key);
  if (isMap(patch.contents)) {
    for (const pair of patch.contents.items) doc.set(pair.key, pair.value);
  }
  return doc.toString({ lineWidth: 0 });
}
