import type { AuditLog } from '../audit/audit-event'
import type { ConfigLocationInputs } from './config-source'
import { createConfigStore, type ConfigStore } from './config-store'
import { loadConfig } from './load-config'
import type { ReadFile } from './read-config-file'

/** Creates the configuration store and loads it once, before any window or session exists. */
export async function setupConfig(
  inputs: ConfigLocationInputs & { readonly readFile: ReadFile; readonly audit: AuditLog },
): Promise<ConfigStore> {
  const { audit, ...loadDeps } = inputs
  const store = createConfigStore({ audit, load: () => loadConfig(loadDeps) })
  await store.reload()
  return store
}
