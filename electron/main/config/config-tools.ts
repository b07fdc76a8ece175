/**
 * What `npm run check-config` and `npm run sign-config` load (through Vite's module runner): the
 * kiosk's own reader, decoder, schema, signature code and key location, so the scripts answer
 * exactly as the kiosk would and read files the same guarded way.
 */
export { checkConfigFile, formatConfigCheck } from './check-config-file'
export { keyFingerprint, publicKeyLocation } from './config-signature'
export { decodeConfigBytes, MAX_CONFIG_BYTES } from './read-config-file'
export { readRegularFile, refusedFileText } from './regular-file'
export { parseConfig } from '../../../shared/config/kiosk-config'
