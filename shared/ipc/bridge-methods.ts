/**
 * The names `window.kiosk` exposes, and the channel behind each. Kept free of runtime imports
 * (no zod) because the sandboxed preload bundles it: the preload stays tiny and cannot drift
 * from the contract, since `tests/shared/ipc-contract.test.ts` checks both lists against it.
 */
export const bridgeMethods = {
  getInfo: 'kiosk:get-info',
  getPublicConfig: 'config:get-public',
  getSessionState: 'session:get-state',
  startSession: 'session:start',
  reportActivity: 'session:activity',
  endSession: 'session:end',
  requestMoreTime: 'session:more-time',
  confirmUiReset: 'session:ui-reset',
  openPortal: 'portal:open',
  setPortalBounds: 'portal:set-bounds',
  reloadPortal: 'portal:reload',
  finishPortal: 'portal:finish',
  typeIntoPortal: 'portal:type-text',
  pressPortalKey: 'portal:press-key',
  prefillPortal: 'portal:prefill',
  getConfigStatus: 'config:get-status',
  recheckConfig: 'config:recheck',
  getStaffAccess: 'staff:get-access',
  unlockStaff: 'staff:unlock',
  lockStaff: 'staff:lock',
  getStaffStatus: 'staff:get-status',
  resetSessionByStaff: 'staff:reset-session',
  setAssistedMode: 'staff:set-assisted',
  reloadConfig: 'staff:reload-config',
  requestStaffHelp: 'staff:request-help',
  exitKiosk: 'staff:exit',
} as const

export const bridgeEvents = {
  onSessionState: 'session:state',
  onPortalStatus: 'portal:status',
} as const
