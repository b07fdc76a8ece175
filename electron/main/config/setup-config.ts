import type { AuditLog } from '../audit/audit-event'
import { createConfigStore, type ConfigStore } from './config-store'
import { loadConfig, type LoadConfigDeps } from './load-config'

/** Creates the configuration store and loads it once, before any window or session exists. */
export async function setupConfig(
  inputs: LoadConfigDeps & { readonly audit: AuditLog },
): Promise<ConfigStore> {
  const { audit, ...loadDeps } = inputs
  const store = createConfigStore({ audit, load: () => loadConfig(loadDeps) })
  await store.reload()
  return store
}
