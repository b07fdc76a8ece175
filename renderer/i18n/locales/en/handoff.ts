export const handoff = {
  /** Neutral by default: the embedded addresses are unconfirmed (`verify`), see `official`. */
  title: 'The patient portal',
  loading: 'Opening the portal page…',
  ready: 'The portal page is open here.',
  previewPlaceholder:
    'In the kiosk, the portal page appears here. This preview does not load it. The address is:',
  informationPage:
    'This first page tells you about the portal. Tap its link to sign up or sign in.',
  keyboardTip: 'To type on the portal page, tap “Show keyboard”.',
  prefill: {
    button: 'Fill in the portal’s form with my details',
    filled: 'Filled in {{count}} fields. Check each one on the portal page before you continue.',
    none: 'Nothing could be filled in. Please type your details on the portal page.',
  },
  failed: {
    title: 'The page didn’t load',
    body: 'The internet connection may be down, or the portal may be busy. Try again, or ask for help.',
    retry: 'Try again',
    help: 'Help',
  },
  blocked: {
    title: 'That page isn’t part of the patient portal',
    body: 'This kiosk shows only the patient portal. It stopped a page from another site.',
    origin: 'The page was from:',
    back: 'Back to the portal page',
  },
  /** The hand-off's bar: secondary details wait behind this, so the page keeps its space. */
  more: {
    show: 'More',
    hide: 'Less',
    label: 'More about this page',
    address: 'This page’s address:',
  },
  keys: {
    previousField: 'Previous field',
    nextField: 'Next field',
    left: 'Move left',
    right: 'Move right',
    enter: 'Enter',
    insertCode: 'Insert my activation code',
  },
  finished: 'I’ve finished on the portal',
  /** The same messages once IT has confirmed the address (no `verify` flag): "official". */
  official: {
    title: 'The official patient portal',
    loading: 'Opening the official page…',
    ready: 'The official page is open here.',
    previewPlaceholder:
      'In the kiosk, the official page appears here. This preview does not load it. The address is:',
    keyboardTip: 'To type on the portal page, tap “Show keyboard”.',
    back: 'Back to the official page',
  },
} as const
