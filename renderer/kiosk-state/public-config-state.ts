import type { PublicConfig } from '../../shared/config/public-config'

/**
 * The clinic's public configuration as the renderer knows it: still asking, answered, or
 * unavailable (no valid configuration). Its own module because both the boot snapshot and the
 * hook that keeps asking main (`use-public-config.ts`) name it, and neither imports the other's
 * type.
 */
export type PublicConfigState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly config: PublicConfig }
  | { readonly status: 'unavailable' }
