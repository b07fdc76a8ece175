import type { ScreenWords } from '../../../renderer/features/speech/read-screen'

/** English words for read-screen tests, written out so a test reads what is spoken. */
export const words: ScreenWords = {
  selected: (name) => `${name}, selected`,
  notSelected: (name) => `${name}, not selected`,
  textBox: (label) => `${label}, text box`,
  button: (name) => `${name}, button`,
  focused: (control) => `You are on: ${control}`,
  error: (text) => `Problem: ${text}`,
}
