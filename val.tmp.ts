import { HtmlValidate } from 'html-validate';
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'prefer-native-element': ['error', { exclude: ['region'] }], 'long-title': 'off', 'valid-id': ['error', { relaxed: true }], 'no-inline-style': 'off', 'wcag/h32': 'off' } });
for (const f of process.argv.slice(2)) {
  const r = await validator.validateFile(f);
  for (const x of r.results) for (const m of x.messages) console.log(f, m.ruleId, m.message, m.selector);
}
