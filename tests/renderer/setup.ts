import '@testing-library/jest-dom/vitest'

import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach } from 'vitest'

import { chunksSettled } from '../../renderer/app/lazy-chunks'

// Testing Library cleans up automatically only with globals; vitest runs without them here.
afterEach(cleanup)

// The patient flow is a lazily loaded chunk: on a busy 2-core CI machine its first import can
// take longer than Testing Library's default 1 s for `findBy…`. A wait is not a timing claim.
configure({ asyncUtilTimeout: 5_000 })

// The app fetches the flow's and the Listen control's chunks after its first paint. A file whose
// tests end before such an import finishes (the attract screen only) must wait for it, or the
// import runs on into the torn-down environment and vitest fails the whole run with an unhandled
// error (CI, stop 19: render-first-screens.test.tsx).
afterAll(chunksSettled)

// jsdom does no layout and has no Element.scrollIntoView; screens call it to
// bring new content into view. A no-op here; tests that check the call record it themselves.
Element.prototype.scrollIntoView = function scrollIntoView() {}
