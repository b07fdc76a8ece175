/**
 * The custom event the keypad's Listen key sends (bubbling from the focused element); the
 * Listen control answers it by reading the screen aloud. It lives in the speech layer so both
 * the keypad (in the app shell) and the speech feature can name it without importing each other.
 */
export const LISTEN_EVENT = 'kiosk:listen'
