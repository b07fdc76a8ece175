// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { createUiPush } from '../../electron/main/ui-push'
import { FakeWebContents } from './fakes/fake-electron'

describe('pushing events to the UI', () => {
  it('sends while the UI lives, and drops the event once its contents are destroyed', async () => {
    const contents = new FakeWebContents()
    const push = createUiPush(contents.asWebContents())
    push('portal:status', { state: 'loading' })
    expect(contents.sent).toEqual([{ channel: 'portal:status', payload: { state: 'loading' } }])
    contents.close()
    await Promise.resolve()
    expect(contents.isDestroyed()).toBe(true)
    expect(() => push('portal:status', { state: 'loading' })).not.toThrow()
    expect(contents.sent).toHaveLength(1)
  })
})
