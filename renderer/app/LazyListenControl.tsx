import { lazy, Suspense, useSyncExternalStore } from 'react'

import type { ListenControlProps } from '../features/speech/ListenControl'
import { loadChunk } from './lazy-chunks'

// Its own chunk (with its stylesheet), fetched after the first screen: the speech module is
// not part of the initial JS budget, and the prerendered attract screen stays as it was.
const ListenControl = lazy(() => loadChunk(() => import('../features/speech/ListenControl')))

const noChange = () => () => undefined

/**
 * The Listen control, drawn only in the browser: the build-time prerender and the hydration of
 * its markup see nothing (the server snapshot), so hydration matches; right after, it loads.
 */
export function LazyListenControl(props: ListenControlProps) {
  const inBrowser = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  )
  if (!inBrowser) return null
  return (
    <Suspense fallback={null}>
      <ListenControl {...props} />
    </Suspense>
  )
}
