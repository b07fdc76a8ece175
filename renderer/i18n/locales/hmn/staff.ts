/**
 * The staff screens (PIN pad, panel) are for staff, not patients, and are not machine-translated:
 * a kiosk whose staff language is this one shows them in English, never as raw keys.
 */
export { staff } from '../en/staff'
