// @vitest-environment node
import { RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, it } from 'vitest'

import { noUntranslatedJsxText } from '../../scripts/eslint/no-untranslated-jsx-text.mjs'

// RuleTester writes its own describe/it: hand it vitest's.
RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only

const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
})

tester.run('no-untranslated-jsx-text', noUntranslatedJsxText, {
  valid: [
    // What the kiosk does everywhere: words from t().
    { code: `const A = () => <button aria-label={t('back')}>{t('back')}</button>` },
    { code: `const A = () => <img alt={t('logo', { clinic })} src={src} />` },
    // Symbols and digits are not words.
    { code: `const A = () => <span aria-hidden="true">› · 1/7 —</span>` },
    { code: `const A = () => <p>{'…'}</p>` },
    // Attributes no one sees or hears may hold anything.
    { code: `const A = () => <div className="kiosk-shell" data-speech="skip" role="note" />` },
    { code: `const A = () => <input type="text" autoComplete="off" inputMode="numeric" />` },
    // A string that is computed, not literal, is the translations' business.
    { code: `const A = () => <p title={name}>{label}</p>` },
  ],
  invalid: [
    {
      code: `const A = () => <button>Back</button>`,
      errors: [{ messageId: 'text', data: { text: '"Back"' } }],
    },
    {
      code: `const A = () => <p>{'Please wait'}</p>`,
      errors: [{ messageId: 'text' }],
    },
    {
      code: 'const A = () => <p>{`Step ${n}`}</p>',
      errors: [{ messageId: 'text' }],
    },
    // Non-Latin words are words too.
    {
      code: `const A = () => <p>رجوع</p>`,
      errors: [{ messageId: 'text' }],
    },
    {
      code: `const A = () => <button aria-label="Close" />`,
      errors: [{ messageId: 'attribute', data: { name: 'aria-label', text: '"Close"' } }],
    },
    {
      code: `const A = () => <img alt={'Clinic logo'} src={src} />`,
      errors: [{ messageId: 'attribute', data: { name: 'alt', text: '"Clinic logo"' } }],
    },
    {
      code: `const A = () => <input placeholder="First name" title="Name" />`,
      errors: [{ messageId: 'attribute' }, { messageId: 'attribute' }],
    },
  ],
})
