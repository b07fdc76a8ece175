/**
 * Names of the portal view's partitions: `portal-<random uuid>`, in memory (never `persist:`),
 * one per patient. A name handed out once is never handed out again, so no patient can ever be
 * given a storage area another patient used.
 */
export interface PartitionNames {
  /** The partition the current patient's portal view uses. */
  current(): string
  /** Retires the current name for good and returns a brand-new one. */
  rotate(): string
  /** True for every name ever handed out before the current one. */
  isRetired(name: string): boolean
}

export function createPartitionNames(randomUuid: () => string): PartitionNames {
  const retired = new Set<string>()
  const fresh = (): string => {
    const name = `portal-${randomUuid()}`
    if (retired.has(name) || name.startsWith('persist:') || !/^portal-[0-9a-f-]{36}$/.test(name)) {
      throw new Error('refusing a reused or persistent portal partition name')
    }
    return name
  }
  let current = fresh()
  return {
    current: () => current,
    rotate() {
      retired.add(current)
      current = fresh()
      return current
    },
    isRetired: (name) => retired.has(name),
  }
}
