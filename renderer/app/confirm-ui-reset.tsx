import { useEffect } from 'react'

import { useBridge } from '../bridge/kiosk-bridge'

const BUTTON_TYPES = new Set(['button', 'submit', 'reset', 'image'])

/** True when no field on the page holds anything a patient could have entered or chosen. */
export function holdsNoPatientInput(root: ParentNode): boolean {
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    'input, textarea',
  )) {
    if (field instanceof HTMLInputElement && BUTTON_TYPES.has(field.type)) continue
    if (
      field instanceof HTMLInputElement &&
      (field.type === 'checkbox' || field.type === 'radio')
    ) {
      if (field.checked) return false
      continue
    }
    if (field.value !== '') return false
  }
  for (const editable of root.querySelectorAll('[contenteditable="true"], [contenteditable=""]')) {
    if ((editable.textContent ?? '') !== '') return false
  }
  return true
}

/**
 * Rendered by the wipe screen inside the freshly remounted tree: tells main the UI for this
 * generation is up and empty. Main's wipe is verified only after this answer; without it the
 * kiosk locks out-of-order instead of greeting the next patient.
 */
export function ConfirmUiReset({ generation }: { readonly generation: number }) {
  const bridge = useBridge()
  useEffect(() => {
    if (holdsNoPatientInput(document)) void bridge.confirmUiReset({ generation })
  }, [bridge, generation])
  return null
}
