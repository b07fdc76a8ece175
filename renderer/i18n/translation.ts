/**
 * The shape another language must match: the English resource with every string widened to
 * `string`. A missing or extra key in a translation is a type error (and a test failure).
 */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]>
}
