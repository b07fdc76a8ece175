// Scripted patients for the bench and the privacy soak. Every function here runs INSIDE the
// page (page.evaluate serialises it), drives the real UI through window.__driver by the same
// English names a patient reads, and must therefore be self-contained.

/**
 * Walks `count` complete sessions (welcome → portal → account → checklist → details →
 * what you can do online → privacy tips → hand-off → done → erase). The page must be the
 * preview with `?prefill=demo`, where step 4 is the full details form. Each session types unique canary values; every
 * canary contains "qz" (names, email, code) or is an 8-digit number starting with 9 (clinic
 * number), so one search finds a leftover of ANY earlier session. With `check`, after each
 * session the DOM, every input, the preview bridge's record, localStorage, sessionStorage and
 * IndexedDB are searched. Resolves to { sessions, failures }.
 */
export async function walkFullSession({ count, offset = 0, check = false }) {
  const d = window.__driver
  const leftover = /qz|\b9\d{7}\b/i
  const letters = (n) => {
    let text = ''
    let rest = n
    do {
      text = String.fromCharCode(97 + (rest % 26)) + text
      rest = Math.floor(rest / 26)
    } while (rest > 0)
    return text
  }
  const failures = []
  const has = (name) => () => d.findButton(name)
  const option = (group, name) => () => d.findOption(group, name)

  async function leftoverIn() {
    const places = {
      dom: document.documentElement.outerHTML,
      inputs: [...document.querySelectorAll('input, textarea')].map((i) => i.value).join(' '),
      bridgeRecord: JSON.stringify(window.__kioskPreview?.calls ?? []),
      localStorage: JSON.stringify({ ...localStorage }),
      sessionStorage: JSON.stringify({ ...sessionStorage }),
    }
    const found = Object.entries(places)
      .filter(([, text]) => leftover.test(text))
      .map(([place]) => place)
    const databases = (await indexedDB.databases?.()) ?? []
    if (databases.length > 0) found.push('indexedDB')
    return found
  }

  for (let i = offset; i < offset + count; i += 1) {
    const canary = {
      first: `Qz${letters(i)}`,
      last: `Qzlast${letters(i)}`,
      email: `qz${i}@example.org`,
      code: `QZ${String(i).padStart(13, '0')}`,
      mayo: `9${String(i % 10_000_000).padStart(7, '0')}`,
    }
    await d.tap(await d.waitFor(has('Touch to begin'), 5000, 'Touch to begin'))
    await d.tap(await d.waitFor(option('Choose one', 'Mayo Clinic'), 5000, 'portal'))
    await d.tap('Continue')
    await d.tap(await d.waitFor(option('The account is for', 'Me'), 5000, 'account holder'))
    await d.tap('Continue')
    await d.tap(
      await d.waitFor(
        option('Do you have an activation code?', 'Yes, I have my code'),
        5000,
        'checklist',
      ),
    )
    await d.tap(option('Do you have your phone or email with you?', 'Yes')())
    await d.tap('Continue')
    await d.waitFor(() => d.findField('Activation code'), 5000, 'details form')
    await d.fill('Activation code', canary.code)
    await d.fill('Legal first name', canary.first)
    await d.fill('Legal last name', canary.last)
    await d.fill('Month', '2')
    await d.fill('Day', '29')
    await d.fill('Year', '1984')
    await d.fill('Email address', canary.email)
    await d.fill('Mayo Clinic number (optional)', canary.mayo)
    const entered = [...document.querySelectorAll('input')].map((input) => input.value)
    if (check && !(entered.includes(canary.first) && entered.includes(canary.mayo))) {
      // The soak must be able to fail: prove the canary was really on screen.
      failures.push({ session: i, problem: 'canary never reached the form' })
    }
    await d.tap('Continue')
    // "What you can do online", then the privacy tips.
    await d.waitFor(
      () => document.querySelector('h1')?.textContent === 'What you can do online',
      5000,
      'what you can do online',
    )
    await d.tap('Continue')
    // The embedded default's portals are unconfirmed (`verify`), so the button does not say
    // "official".
    await d.tap(await d.waitFor(has('Open the portal'), 5000, 'privacy tips'))
    await d.tap(await d.waitFor(has('I’ve finished on the portal'), 5000, 'hand-off'))
    await d.tap(await d.waitFor(has('I’m done — erase my session'), 5000, 'done screen'))
    await d.waitFor(has('Touch to begin'), 5000, 'welcome screen after the wipe')
    if (check) {
      const found = await leftoverIn()
      if (found.length > 0)
        failures.push({ session: i, problem: `leftover in ${found.join(', ')}` })
    }
  }
  return { sessions: count, failures }
}

/**
 * Presses on-screen keyboard keys `count` times into the first-name field (ten letters, then
 * ten Deletes, repeated) and returns, per press, the milliseconds until the field's value
 * changed. Leaves the kiosk on the welcome screen.
 */
export async function measureKeyLatency(count) {
  const d = window.__driver
  await d.tap(await d.waitFor(() => d.findButton('Touch to begin'), 5000, 'Touch to begin'))
  const option = (group, name) => () => d.findOption(group, name)
  await d.tap(await d.waitFor(option('Choose one', 'Mayo Clinic'), 5000, 'portal'))
  await d.tap('Continue')
  await d.tap(await d.waitFor(option('The account is for', 'Me'), 5000, 'account holder'))
  await d.tap('Continue')
  await d.tap(await d.waitFor(option('Do you have an activation code?', 'Yes, I have my code')))
  await d.tap(option('Do you have your phone or email with you?', 'Yes')())
  await d.tap('Continue')
  const field = await d.waitFor(() => d.findField('Legal first name'), 5000, 'details form')
  field.focus()
  const keyboard = await d.waitFor(
    () => document.querySelector('[aria-label="On-screen keyboard"]'),
    5000,
    'on-screen keyboard',
  )
  const key = (name) => d.findButton(name, keyboard)
  const samples = []
  for (let press = 0; press < count; press += 1) {
    const typing = Math.floor(press / 10) % 2 === 0
    const target = typing ? key(/^a$/i) : key('Delete')
    if (target === null) throw new Error('on-screen keyboard key not found')
    const before = field.value
    const started = performance.now()
    await d.tap(target)
    await d.waitFor(() => field.value !== before, 1000, 'field update')
    samples.push(performance.now() - started)
  }
  await d.tap(d.findButton('I’m done — erase my session'))
  await d.tap(await d.waitFor(() => d.findButton('Yes, erase it'), 5000, 'confirmation'))
  await d.waitFor(() => d.findButton('Touch to begin'), 5000, 'welcome screen')
  return samples
}
