import { beforeEach, describe, expect, it } from 'vitest'

import {
  currentScreen,
  readScreen,
  type ScreenWords,
} from '../../../renderer/features/speech/read-screen'

const words: ScreenWords = {
  selected: (name) => `${name}, selected`,
  notSelected: (name) => `${name}, not selected`,
  textBox: (label) => `${label}, text box`,
  button: (name) => `${name}, button`,
  focused: (control) => `You are on: ${control}`,
  error: (text) => `Problem: ${text}`,
}

beforeEach(() => {
  document.body.innerHTML = ''
})

describe('what Listen reads from a screen', () => {
  it('reads choices with their state and their second line', () => {
    document.body.innerHTML = `
      <main class="kiosk-main"><section class="kiosk-screen">
        <h1>Which portal?</h1>
        <div role="radiogroup" aria-labelledby="q"><h2 id="q">Choose one</h2>
          <button role="radio" aria-checked="true" aria-labelledby="a" aria-describedby="ad">
            <span aria-hidden="true">✓</span><span id="a">Mayo Clinic</span><span id="ad">Rochester</span></button>
          <button role="radio" aria-checked="false" aria-labelledby="b"><span id="b">Not sure</span></button>
        </div>
      </section></main>`
    const screen = currentScreen(document)
    expect(screen).not.toBeNull()
    expect(readScreen(screen as Element, null, words)).toEqual([
      'Which portal?',
      'Choose one',
      'Mayo Clinic, selected. Rochester',
      'Not sure, not selected',
    ])
  })

  it('reads an open dialog rather than the step under it, and never a hidden screen', () => {
    document.body.innerHTML = `
      <section class="kiosk-screen"><h1>Step</h1></section>
      <div hidden><section class="kiosk-screen"><h1>Hidden step</h1></section></div>
      <div role="dialog"><h2>Erase your session?</h2><button>Yes, erase</button></div>`
    expect(readScreen(currentScreen(document) as Element, null, words)).toEqual([
      'Erase your session?',
      'Yes, erase, button',
    ])
  })

  it('never reads the keyboard or the code display that echo typed characters', () => {
    document.body.innerHTML = `
      <section class="kiosk-screen"><h1>Your code</h1>
        <div class="kiosk-code-progress"><p>QZXWV 987</p></div>
        <div class="kiosk-keyboard-dock"><div class="kiosk-keyboard"><button>Q</button></div></div>
        <p data-speech="skip">typed elsewhere</p>
      </section>`
    expect(readScreen(currentScreen(document) as Element, null, words)).toEqual(['Your code'])
  })

  it('drops any text holding a typed value (the second net), but not for a short one', () => {
    document.body.innerHTML = `
      <section class="kiosk-screen"><h1>Step 2 of 7</h1>
        <label for="f">Email</label><input id="f" value="jose@example.org">
        <label for="m">Month</label><input id="m" value="2">
        <p>We will write to jose@example.org</p>
      </section>`
    expect(readScreen(currentScreen(document) as Element, null, words)).toEqual([
      'Step 2 of 7',
      'Email, text box',
      'Month, text box',
    ])
  })
})
