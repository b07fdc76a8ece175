/**
 * The shape another language must match: the English resource with every string widened to
 * `string`. A missing or extra key in a translation is a type error (and a test failure).
 *
 * `Forms` are the plural categories the language has beyond English's `one` and `other`
 * (Intl.PluralRules: Arabic also has `zero`, `two`, `few` and `many`). i18next picks
 * `key_<category>` for a count, so every English `key_other` then needs `key_<form>` too.
 */
export type Translation<T, Forms extends string = never> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K], Forms>
} & {
  readonly [K in keyof T as K extends `${infer Base}_other` ? `${Base}_${Forms}` : never]: string
}

/** The plural categories of Arabic that English does not have. */
export type ArabicPluralForms = 'zero' | 'two' | 'few' | 'many'
