/**
 * What the preview bridge was asked to do, so e2e tests can assert the UI called main the way
 * the Electron build would. Cleared at every wipe, like everything else of a patient's.
 */
export interface PreviewCall {
  readonly method: string
  readonly request: unknown
}

export interface PreviewCallLog {
  readonly calls: PreviewCall[]
  record(method: string, request: unknown): void
  clear(): void
}

export function createPreviewCallLog(): PreviewCallLog {
  const calls: PreviewCall[] = []
  return {
    calls,
    record: (method, request) => {
      calls.push({ method, request: structuredClone(request) })
    },
    clear: () => {
      calls.length = 0
    },
  }
}
