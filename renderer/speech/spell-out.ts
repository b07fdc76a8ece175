/**
 * A code as it should be read back: one character at a time, group by group (a space, dash or
 * dot between groups starts a new piece), e.g. 'AB1-2C' → ['A, B, 1', '2, C']. The comma makes
 * every voice pause between characters, so 'AB1' is never read as a word or a number.
 */
export function spellOut(code: string): string[] {
  return code
    .split(/[\s\-.]+/u)
    .filter((group) => group !== '')
    .map((group) => [...group].join(', '))
}
