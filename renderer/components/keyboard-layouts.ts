/**
 * The on-screen keyboard's layouts. A row is a list of keys; a character key types itself
 * (upper-cased while Shift is on, for layouts that have Shift), the others are actions.
 */
export type KeyboardLayoutName = 'letters' | 'code' | 'digits' | 'email' | 'symbols' | 'arabic'

export type KeySpec =
  | { readonly kind: 'char'; readonly text: string }
  | { readonly kind: 'shift' }
  | { readonly kind: 'backspace' }
  | { readonly kind: 'space' }
  /** Opens the "more letters" layer (every Latin letter a name can hold). */
  | { readonly kind: 'more-letters' }

const chars = (keys: string): KeySpec[] =>
  keys.split(' ').map((text) => ({ kind: 'char', text }) as const)
const shift: KeySpec = { kind: 'shift' }
const backspace: KeySpec = { kind: 'backspace' }
const space: KeySpec = { kind: 'space' }
const moreLetters: KeySpec = { kind: 'more-letters' }

const digitRow = chars('1 2 3 4 5 6 7 8 9 0')

export const keyboardLayouts: Readonly<
  Record<KeyboardLayoutName, readonly (readonly KeySpec[])[]>
> = {
  // Names: Spanish letters and accents on the layout itself; apostrophe, hyphen, period and
  // comma for "O'Brien", "Anne-Marie", "St. John" and "Smith, Jr."; every other Latin letter
  // (ễ, ş, ø, ł, ß…) one tap away in "more letters".
  letters: [
    chars('q w e r t y u i o p'),
    chars('a s d f g h j k l ñ'),
    [shift, ...chars('z x c v b n m'), backspace],
    [...chars("á é í ó ú ü ' - . ,")],
    [moreLetters, space],
  ],
  // Activation codes: capital letters and digits (the code is not case-sensitive), and the dash
  // and space patients copy from their letter (both are fine, they are ignored).
  code: [
    digitRow,
    chars('Q W E R T Y U I O P'),
    chars('A S D F G H J K L -'),
    [...chars('Z X C V B N M'), space, backspace],
  ],
  digits: [chars('1 2 3'), chars('4 5 6'), chars('7 8 9'), [...chars('0'), backspace]],
  email: [
    digitRow,
    chars('q w e r t y u i o p'),
    chars('a s d f g h j k l @'),
    [shift, ...chars('z x c v b n m . _ -'), backspace],
    chars('.com .org .net'),
  ],
  // For the portal page: passwords need digits and symbols.
  symbols: [
    digitRow,
    chars('! @ # $ % & * ( ) ?'),
    chars('- _ + = / : ; , .'),
    [...chars('\' " [ ] { } < > ~'), backspace],
    [space],
  ],
  // Arabic letters, in the standard Arabic PC layout's order (ض on the Q key), for the portal
  // page only and only while the patient reads Arabic (features/handoff/PortalKeyboard.tsx):
  // a message to the care team may be written in Arabic. Our own form never offers it: the
  // activation code is Latin letters and digits, and names must be typed in Latin letters as
  // they are on the ID, since the portal matches them against the clinic's record. Hamza
  // forms and lam-alef have their own keys, as on a physical Arabic keyboard. No Shift: Arabic
  // has no capitals.
  arabic: [
    chars('ض ص ث ق ف غ ع ه خ ح ج'),
    chars('ش س ي ب ل ا ت ن م ك ط'),
    chars('ئ ء ؤ ر ى ة و ز ظ ذ د'),
    [...chars('أ إ آ لا ، ؟ .'), backspace],
    [space],
  ],
}
