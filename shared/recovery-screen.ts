/**
 * The "One moment" screen index.html carries for a recovery reload. After a crash or hang main
 * loads the UI's entry URL with this fragment; CSS (`:target`) shows the element with this id
 * until React has drawn the real screen, then renderer/boot.tsx removes it. A plain reload (or
 * the first start) has no fragment and shows the prerendered attract screen instead.
 */
export const RECOVERING_SCREEN_ID = 'recovering'

/** The entry URL main loads to bring the UI back after a crash or hang. */
export function recoveryUrl(entryUrl: string): string {
  const url = new URL(entryUrl)
  url.hash = RECOVERING_SCREEN_ID
  return url.href
}
