// @vitest-environment node
import { runInNewContext } from 'node:vm'

import type { WebContents } from 'electron'
import { describe, expect, it } from 'vitest'

import {
  FILL_FUNCTION_SOURCE,
  prefillPortalForm,
  prefillScript,
  PREFILL_WORLD_ID,
} from '../../../electron/main/portal/portal-prefill'
import { asElectron, FakeWebContents } from '../fakes/fake-electron'

/** A tiny DOM: inputs by selector that record value sets and events. */
function fakeDocument(selectors: string[]) {
  const inputs = new Map(
    selectors.map((selector) => [
      selector,
      {
        value: '',
        disabled: false,
        readOnly: false,
        events: [] as string[],
        dispatchEvent(e: { type: string }) {
          this.events.push(e.type)
        },
      },
    ]),
  )
  const document = { querySelector: (selector: string) => inputs.get(selector) ?? null }
  class Event {
    constructor(readonly type: string) {}
  }
  return { inputs, context: { document, Event, pwned: false } }
}

const hostile = {
  activationCode: 'ABCDE-12345-FGHIJ',
  firstName: `"); pwned = true; ("`,
  lastName: '`${pwned = true}`',
  email: '</script><script>pwned=true</script>@example.org',
  mayoClinicNumber: '\u2028\u2029\\"\'',
}

describe('portal pre-fill', () => {
  it('runs one constant function and passes the values as data only', async () => {
    const contents = new FakeWebContents()
    contents.scriptResult = 2
    const filled = await prefillPortalForm(
      asElectron<WebContents>(contents),
      { activationCode: '#code', firstName: '#first', dateOfBirth: '#dob' },
      { activationCode: 'ABCDE-12345-FGHIJ', firstName: 'Zoë', lastName: 'unused' },
    )
    expect(filled).toBe(2)
    expect(contents.isolatedScripts).toHaveLength(1)
    const [script] = contents.isolatedScripts
    expect(script?.worldId).toBe(PREFILL_WORLD_ID)
    expect(script?.code.startsWith(`${FILL_FUNCTION_SOURCE}(JSON.parse(`)).toBe(true)
    expect(script?.code).not.toContain('unused') // no selector for it: never sent
  })

  it('sends nothing when the profile has no selectors or no values match', async () => {
    const contents = new FakeWebContents()
    const none = asElectron<WebContents>(contents)
    expect(await prefillPortalForm(none, undefined, { firstName: 'A' })).toBe(0)
    expect(await prefillPortalForm(none, { email: '#email' }, { firstName: 'A' })).toBe(0)
    expect(contents.isolatedScripts).toEqual([])
  })

  it('hostile values arrive in the fields verbatim and never run as code', () => {
    const selectors = ['#code', '#first', '#last', '#email', '#mcn']
    const { inputs, context } = fakeDocument(selectors)
    const fields = [
      { selector: '#code', value: hostile.activationCode },
      { selector: '#first', value: hostile.firstName },
      { selector: '#last', value: hostile.lastName },
      { selector: '#email', value: hostile.email },
      { selector: '#mcn', value: hostile.mayoClinicNumber },
    ]
    const filled = runInNewContext(prefillScript(fields), context)
    expect(filled).toBe(5)
    expect(context.pwned).toBe(false)
    expect(inputs.get('#first')?.value).toBe(hostile.firstName)
    expect(inputs.get('#last')?.value).toBe(hostile.lastName)
    expect(inputs.get('#email')?.value).toBe(hostile.email)
    expect(inputs.get('#mcn')?.value).toBe(hostile.mayoClinicNumber)
    expect(inputs.get('#code')?.events).toEqual(['input', 'change'])
  })

  it('skips missing, disabled and invalid-selector fields', () => {
    const { inputs, context } = fakeDocument(['#a', '#b'])
    const b = inputs.get('#b')
    if (b !== undefined) b.disabled = true
    context.document.querySelector = ((selector: string) => {
      if (selector === '!!') throw new Error('SyntaxError')
      return inputs.get(selector) ?? null
    }) as typeof context.document.querySelector
    const filled = runInNewContext(
      prefillScript([
        { selector: '#a', value: '1' },
        { selector: '#b', value: '2' },
        { selector: '#missing', value: '3' },
        { selector: '!!', value: '4' },
      ]),
      context,
    )
    expect(filled).toBe(1)
  })
})
