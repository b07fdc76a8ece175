import { beforeEach, describe, expect, it } from 'vitest'

import {
  currentScreen,
  readScreen,
  screenParts,
} from '../../../renderer/features/speech/read-screen'
import { words } from './screen-words'

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

  it('finds the screen in <main>, not beside the control: the band gives only the step counter', () => {
    // The shell: Listen and "Text size" sit in the top band, outside <main>; the step's actions
    // are a portal into the action bar, outside the step's own section.
    document.body.innerHTML = `
      <header class="kiosk-header">
        <button aria-label="Clinic name">North Clinic</button>
        <div class="kiosk-band__progress"><div role="group" class="kiosk-steps">
          <p class="kiosk-steps__heading"><span class="kiosk-steps__counter">Step 4 of 7</span><span aria-hidden="true">: </span><span class="kiosk-steps__name">Your code</span></p>
          <ol><li>Portal</li><li>Your code</li></ol></div></div>
        <div class="kiosk-band__tools"><div class="kiosk-band__listen"><button>Listen</button></div><button>Text size</button></div>
      </header>
      <main class="kiosk-main"><div class="kiosk-phase">
        <div class="kiosk-flow__step"><section class="kiosk-screen"><h1>Enter your code</h1></section></div>
        <div class="kiosk-bottom"><div class="kiosk-action-bar"><button>Submit</button></div></div>
      </div></main>`
    expect(readScreen(screenParts(document), null, words)).toEqual([
      'Step 4 of 7',
      'Your code',
      'Enter your code',
      'Submit, button',
    ])
  })

  it('reads a welcome that is not a .kiosk-screen, and an open dialog alone', () => {
    document.body.innerHTML = `
      <header><button>Text size</button></header>
      <main><section class="welcome"><h1>Welcome</h1><button>Touch to begin</button></section></main>`
    expect(readScreen(screenParts(document), null, words)).toEqual([
      'Welcome',
      'Touch to begin, button',
    ])
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="alertdialog"><h2>Still there?</h2><button>More time</button></div>',
    )
    expect(readScreen(screenParts(document), null, words)).toEqual([
      'Still there?',
      'More time, button',
    ])
  })

  it('skips chrome marked data-speech="skip" (the session strip), yet reads it when focused', () => {
    document.body.innerHTML = `
      <header><p class="kiosk-steps__heading"><span class="kiosk-steps__counter">Step 2 of 7</span></p></header>
      <main class="kiosk-main"><div class="kiosk-phase">
        <div class="kiosk-flow__step"><section class="kiosk-screen"><h1>Whose account?</h1>
          <p role="alert">Choose one to go on</p></section></div>
        <div class="kiosk-bottom"><div class="kiosk-action-bar"><button>Back</button><button>Continue</button></div>
          <nav aria-label="Session" data-speech="skip"><button>Help</button><button id="done">I'm done</button></nav></div>
      </div></main>`
    const expected = [
      'Step 2 of 7',
      'Whose account?',
      'Problem: Choose one to go on',
      'Back, button',
      'Continue, button',
    ]
    expect(readScreen(screenParts(document), null, words)).toEqual(expected)
    // A keypad user on "I'm done" presses Listen: the screen, then where they are.
    expect(readScreen(screenParts(document), document.getElementById('done'), words)).toEqual([
      ...expected,
      "You are on: I'm done, button",
    ])
  })

  it('reads a dialog opened over the skipped strip (the time-out warning) in full', () => {
    document.body.innerHTML = `
      <main><section class="kiosk-screen"><h1>Step</h1></section>
        <nav data-speech="skip"><button>I'm done</button></nav></main>
      <div role="alertdialog" aria-modal="true"><h2>Are you still there?</h2>
        <p>Your session ends in 30 seconds.</p><button>I need more time</button><button>I'm done</button></div>`
    expect(readScreen(screenParts(document), null, words)).toEqual([
      'Are you still there?',
      'Your session ends in 30 seconds.',
      'I need more time, button',
      "I'm done, button",
    ])
  })
})
