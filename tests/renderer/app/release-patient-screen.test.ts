import { afterEach, describe, expect, it } from 'vitest'

import {
  leavesPatientScreens,
  releasePatientScreen,
} from '../../../renderer/app/release-patient-screen'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('leavesPatientScreens', () => {
  it.each([
    ['active', false],
    ['warning', false],
    ['wiping', true],
    ['attract', true],
    ['out-of-order', true],
    ['config-error', true],
  ] as const)('%s → %s', (phase, leaves) => {
    expect(leavesPatientScreens({ phase, generation: 3 })).toBe(leaves)
  })
})

describe('releasePatientScreen', () => {
  function page() {
    document.body.innerHTML = `
      <header><input id="staff-pin" value="1234"></header>
      <main>
        <input id="name" value="Ada"><textarea id="note">hello</textarea>
        <input id="box" type="checkbox" checked><input id="go" type="button" value="Go">
      </main>`
    const byId = (id: string) => document.getElementById(id) as HTMLInputElement
    return { byId }
  }

  it('empties every field of <main> and unticks its choices', () => {
    const { byId } = page()
    releasePatientScreen()
    expect(byId('name').value).toBe('')
    expect((document.getElementById('note') as HTMLTextAreaElement).value).toBe('')
    expect(byId('box').checked).toBe(false)
  })

  it('goes through a value property defined on the element (as React’s tracker is)', () => {
    const { byId } = page()
    const field = byId('name')
    let tracked = 'Ada'
    Object.defineProperty(field, 'value', {
      configurable: true,
      get: () => tracked,
      set: (next: string) => {
        tracked = next
      },
    })
    releasePatientScreen()
    expect(tracked).toBe('')
  })

  it('takes focus off a patient field, so React sees it leave', () => {
    const { byId } = page()
    byId('name').focus()
    const seen: string[] = []
    byId('name').addEventListener('focusout', () => seen.push('focusout'))
    releasePatientScreen()
    expect(seen).toEqual(['focusout'])
    expect(document.activeElement).toBe(document.body)
  })

  it('leaves the staff overlays outside <main> alone', () => {
    const { byId } = page()
    byId('staff-pin').focus()
    releasePatientScreen()
    expect(byId('staff-pin').value).toBe('1234')
    expect(document.activeElement).toBe(byId('staff-pin'))
  })
})
