/**
 * What a staff PIN must look like when IT sets one (`npm run hash-pin`). Unlocking accepts any
 * 4–12 digits (the hash decides); only new PINs are held to this policy. The lockout after five
 * failures is what makes a 6-digit PIN safe; the policy removes the PINs people guess first.
 */
export const PIN_MIN_LENGTH = 6
export const PIN_MAX_LENGTH = 12

export type PinPolicyViolation = 'not-digits' | 'too-short' | 'too-long' | 'all-same' | 'sequence'

/** @public scripts/hash-pin.mjs loads it through Vite's module runner, which knip cannot follow. */
export const pinPolicyMessages: Record<PinPolicyViolation, string> = {
  'not-digits': 'The PIN must be digits only (0–9).',
  'too-short': `The PIN must have at least ${PIN_MIN_LENGTH} digits.`,
  'too-long': `The PIN must have at most ${PIN_MAX_LENGTH} digits.`,
  'all-same': 'The PIN must not be one digit repeated (like 111111).',
  sequence: 'The PIN must not be a run of digits up or down (like 123456 or 987654).',
}

export function checkPinPolicy(pin: string): PinPolicyViolation | null {
  if (!/^[0-9]*$/.test(pin) || pin.length === 0) return 'not-digits'
  if (pin.length < PIN_MIN_LENGTH) return 'too-short'
  if (pin.length > PIN_MAX_LENGTH) return 'too-long'
  const digits = [...pin].map(Number)
  if (digits.every((digit) => digit === digits[0])) return 'all-same'
  if (isRun(digits, 1) || isRun(digits, -1)) return 'sequence'
  return null
}

/** Each digit is the previous plus `step`, wrapping 9 → 0 (so 789012 counts as a run). */
function isRun(digits: readonly number[], step: 1 | -1): boolean {
  return digits.every(
    (digit, index) => index === 0 || digit === ((digits[index - 1] ?? 0) + step + 10) % 10,
  )
}
