/**
 * The "more letters" layer: every precomposed Latin letter a legal name can hold, grouped under
 * the plain letter it is built on (ễ under e, ş under s, İ under I). Built from Unicode itself —
 * each letter of Latin-1 Supplement, Latin Extended-A and -B and Latin Extended Additional whose
 * canonical decomposition starts with a plain a–z — so no accent of Vietnamese, Turkish, Polish,
 * Czech, Nordic, German, French, Portuguese, Romanian… can be forgotten in a hand-written list.
 * Letters with no canonical decomposition (ø, ł, ß, đ, æ, œ, þ, ð, ı, ĳ, ŋ, ħ) are added under the letter a
 * reader would look for them. Somali's Latin orthography and Hmong RPA need only plain letters
 * and the apostrophe, which the main layout has.
 */

/** The Unicode blocks of precomposed Latin letters. */
const LATIN_RANGES: readonly (readonly [number, number])[] = [
  [0x00c0, 0x024f], // Latin-1 Supplement letters, Latin Extended-A, Latin Extended-B
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese and more)
]

/** Letters that do not decompose, filed under the plain letter people associate them with. */
const STANDALONE: Readonly<Record<string, string>> = {
  a: 'æ',
  A: 'Æ',
  d: 'đð',
  D: 'ĐÐ',
  h: 'ħ',
  H: 'Ħ',
  i: 'ıĳ',
  I: 'Ĳ',
  l: 'łŀ',
  L: 'ŁĿ',
  n: 'ŋ',
  N: 'Ŋ',
  o: 'øœ',
  O: 'ØŒ',
  s: 'ß',
  S: 'ẞ',
  t: 'þŧ',
  T: 'ÞŦ',
}

const isPlainLetter = (character: string) => /^[A-Za-z]$/.test(character)

function buildVariants(): ReadonlyMap<string, readonly string[]> {
  const variants = new Map<string, string[]>()
  const add = (base: string, letter: string) => {
    const list = variants.get(base) ?? []
    if (!list.includes(letter)) list.push(letter)
    variants.set(base, list)
  }
  for (const [from, to] of LATIN_RANGES) {
    for (let code = from; code <= to; code += 1) {
      const letter = String.fromCodePoint(code)
      if (!/\p{L}/u.test(letter)) continue // skips × and ÷
      const base = letter.normalize('NFD')[0] ?? ''
      if (base !== letter && isPlainLetter(base)) add(base, letter)
    }
  }
  for (const [base, letters] of Object.entries(STANDALONE)) {
    for (const letter of letters) add(base, letter)
  }
  return variants
}

let cache: ReadonlyMap<string, readonly string[]> | null = null

/** Every variant of a plain letter (case-sensitive: `e` → é è ê ễ…, `E` → É È Ê Ễ…). */
export function letterVariants(base: string): readonly string[] {
  cache ??= buildVariants()
  return cache.get(base) ?? []
}

/** Plain letters that have variants, for the "more letters" layer's first screen. */
export function hasVariants(base: string): boolean {
  return letterVariants(base).length > 0
}
