/** One language's strings: namespace → its (nested) strings, as i18next takes them. */
export type LanguageBundle = Readonly<Record<string, Readonly<Record<string, unknown>>>>

/**
 * Merges the modules of one language's folder (each `locales/<lang>/<ns>.ts` exports one
 * constant named after its namespace, e.g. `accountHolder`) into that language's bundle. A
 * module that exports anything else would silently break a namespace, so it throws instead.
 */
export function bundleOf(modules: Record<string, Record<string, unknown>>): LanguageBundle {
  const bundle: Record<string, Readonly<Record<string, unknown>>> = {}
  for (const [file, exports] of Object.entries(modules)) {
    const entries = Object.entries(exports)
    const only = entries[0]
    if (entries.length !== 1 || only === undefined || typeof only[1] !== 'object') {
      throw new Error(`${file} must export exactly one namespace object`)
    }
    bundle[only[0]] = only[1] as Readonly<Record<string, unknown>>
  }
  return bundle
}
