/**
 * Automatic capitals for names: the next letter starts a name part when nothing is typed yet,
 * or after a space or a hyphen ("Anne-Marie", "De La Cruz", "St. John"). Not after an
 * apostrophe: "O'Brien" and "D'Angelo" capitalise after it, "Ng'ang'a" does not, so the patient
 * decides with Shift there. Shift always overrides the guess for one letter ("van", "de").
 */
export function startsNamePart(textBeforeCaret: string): boolean {
  return textBeforeCaret === '' || /[\s-]$/.test(textBeforeCaret)
}
