import '@testing-library/jest-dom/vitest'

import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// Testing Library cleans up automatically only with globals; vitest runs without them here.
afterEach(cleanup)

// The patient flow is a lazily loaded chunk: on a busy 2-core CI machine its first import can
// take longer than Testing Library's default 1 s for `findBy…`. A wait is not a timing claim.
configure({ asyncUtilTimeout: 5_000 })

// jsdom does no layout and has no Element.scrollIntoView; screens call it to
// bring new content into view. A no-op here; tests that check the call record it themselves.
Element.prototype.scrollIntoView = function scrollIntoView() {}
