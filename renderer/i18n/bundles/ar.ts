import { bundleOf } from './bundle-of'

// Every namespace file of this language, bundled into one chunk that is loaded only when the
// language is used (renderer/i18n/language-bundles.ts). New namespace files join by themselves.
export default bundleOf(
  import.meta.glob<Record<string, unknown>>('../locales/ar/*.ts', { eager: true }),
)
