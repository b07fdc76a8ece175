import { describe, expect, it } from 'vitest'

import { createPreviewConfig } from '../../../renderer/bridge/preview/preview-config'
import { supportedLanguages } from '../../../shared/languages'

/** The sample the speech e2e hears every language with: valid, every language offered. */
describe('the preview’s ?languages=all sample', () => {
  it('offers every language of the registry, the pending ones opted in', () => {
    const preview = createPreviewConfig('?languages=all')
    expect(preview.status()).toMatchObject({ state: 'ok' })
    expect(preview.config()?.languages.enabled).toEqual([...supportedLanguages])
  })
})
