import { describe, expect, it } from 'vitest'

import { chunksSettled, loadChunk } from '../../../renderer/app/lazy-chunks'

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('chunk fetches that can be waited for', () => {
  it('hands back what the fetch gives, and waits for every fetch still in flight', async () => {
    const flow = deferred<{ name: string }>()
    const listen = deferred<{ name: string }>()
    const arrived: string[] = []
    void loadChunk(() => flow.promise).then((module) => arrived.push(module.name))
    void loadChunk(() => listen.promise).then((module) => arrived.push(module.name))

    let settled = false
    const waiting = chunksSettled().then(() => (settled = true))
    flow.resolve({ name: 'flow' })
    await flow.promise
    await Promise.resolve()
    expect(settled).toBe(false)

    listen.resolve({ name: 'listen' })
    await waiting
    expect(arrived.sort()).toEqual(['flow', 'listen'])
  })

  it('passes a failed fetch on to its caller, and does not keep waiting for it', async () => {
    const broken = deferred<never>()
    const fetching = loadChunk(() => broken.promise)
    broken.reject(new Error('chunk missing'))
    await expect(fetching).rejects.toThrow('chunk missing')
    await expect(chunksSettled()).resolves.toBeUndefined()
  })

  it('also waits for a fetch started while it was already waiting', async () => {
    const first = deferred<string>()
    const second = deferred<string>()
    void loadChunk(() => first.promise)
    let settled = false
    const waiting = chunksSettled().then(() => (settled = true))
    void loadChunk(() => second.promise)
    first.resolve('first')
    await first.promise
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(settled).toBe(false)
    second.resolve('second')
    await waiting
    expect(settled).toBe(true)
  })

  it('resolves at once when nothing is in flight', async () => {
    await expect(chunksSettled()).resolves.toBeUndefined()
  })
})
