/** Staff mode: the PIN pad and the staff panel. Spanish must have the same keys. */
export const staff = {
  header: {
    fallbackName: 'Patient portal kiosk',
  },
  pin: {
    title: 'Staff sign-in',
    intro: 'Enter the staff PIN.',
    entered_one: '{{count}} digit entered',
    entered_other: '{{count}} digits entered',
    digit: 'Digit {{digit}}',
    clear: 'Clear',
    back: 'Delete last digit',
    unlock: 'Unlock',
    cancel: 'Cancel',
    close: 'Close',
    checking: 'Checking…',
    wrong_one:
      'That PIN is not right. {{count}} try left before staff sign-in locks for 5 minutes.',
    wrong_other:
      'That PIN is not right. {{count}} tries left before staff sign-in locks for 5 minutes.',
    lockedOut:
      'Too many wrong PINs. Staff sign-in is locked until {{time}}. Patients can keep using the kiosk.',
    disabled:
      'Staff mode is off on this kiosk: no staff PIN is set in its configuration. IT can set one with “npm run hash-pin”.',
    busy: 'Still checking the last PIN. Try again in a moment.',
    failed: 'The PIN could not be checked. Try again, or restart the kiosk.',
  },
  panel: {
    title: 'Staff panel',
    closesSoon: 'This panel closes by itself after a minute without use.',
    actionsHeading: 'Actions',
    resetNow: 'Reset now (erase this session)',
    assisted: 'Assisted mode (more time for this patient)',
    assistedTurnOn: 'Turn assisted mode on',
    assistedTurnOff: 'Turn assisted mode off',
    assistedStateOn: 'Assisted mode: ON — longer time limits for this patient',
    assistedStateOff: 'Assisted mode: OFF — normal time limits',
    reloadConfig: 'Reload configuration',
    exit: 'Exit kiosk',
    exitConfirm: 'Yes, exit the kiosk',
    exitCancel: 'Keep the kiosk running',
    exitQuestion: 'Exit the kiosk? It stays closed until someone restarts it.',
    close: 'Close and lock',
    done: {
      reset: 'The session was erased. The kiosk is ready for the next patient.',
      assistedOn: 'Assisted mode is on until this patient’s session ends.',
      assistedOff: 'Assisted mode is off.',
      configOk: 'The configuration was reloaded.',
      configInvalid:
        'The configuration file has problems, so the kiosk is locked. Close this panel and open staff mode again (five taps on the kiosk name) to see them.',
      exiting: 'The kiosk is closing.',
    },
    refused: {
      noSession: 'Assisted mode needs a patient’s session: start one first, then turn it on.',
      other: 'That did not work. Try again.',
    },
    statusHeading: 'Kiosk status',
    version: 'Version',
    configSource: 'Configuration',
    configHash: 'File fingerprint (SHA-256)',
    noHash: 'none (built-in)',
    source: {
      argument: 'File named on the command line',
      environment: 'File named by PORTAL_KIOSK_CONFIG',
      'user-data': 'File in the app’s data folder',
      embedded: 'Built-in default (no file)',
    },
    configProblems_one: '{{count}} problem',
    configProblems_other: '{{count}} problems',
    lastWipe: 'Last erase',
    notAvailable: 'Not available yet',
    wipeOk: 'Verified, in {{ms}} ms at {{time}}',
    wipeFailed: 'FAILED at {{time}} — the kiosk shows “out of order”',
    errors: 'Errors since start',
    noErrors: 'None',
    countsHeading: 'Today ({{date}}), anonymous counts',
    sessions: 'Sessions',
    completed: 'Completed hand-offs',
    timeouts: 'Time-outs',
    ownPhone: 'Finished on their own phone',
    byPortal: 'By portal',
    byLanguage: 'By language',
    none: 'None yet',
    loading: 'Loading…',
    /** For a registration clerk: plain words first, the technical detail behind "For IT". */
    unverified: {
      heading_one: '{{count}} setting still needs checking by IT',
      heading_other: '{{count}} settings still need checking by IT',
      intro:
        'Some facts this kiosk could tell patients are not confirmed yet. Until they are, patients don’t read them as fact: they see advice such as “ask at the front desk” instead. Patients can keep using the kiosk.',
      kinds: {
        portal: 'The web address of a patient portal',
        phone: 'The help line’s phone number',
        hours: 'The help line’s opening hours',
        teenPhoneOption: 'The phone menu choice for teen accounts',
        frontDesk: 'What the front desk here offers (new codes, proxy forms, teen accounts)',
        other: 'Another setting',
      },
      whomToAsk:
        'Please tell your clinic’s IT team, or whoever looks after this kiosk, so they can check these settings.',
      forIt: 'For IT: the settings and how to check them',
      command:
        'In the configuration file, each of these is marked “verify”. The command npm run check-config lists them. Confirm each one, then remove its “verify” mark.',
    },
  },
  /** Each language the clinic offers, with whether a qualified translator has checked it. */
  languages: {
    heading: 'Languages offered',
    reviewed: 'Reviewed by a qualified translator',
    pending:
      'Machine-drafted, not yet reviewed — offered only because the configuration allows it (languages.allowPendingReview)',
  },
} as const
