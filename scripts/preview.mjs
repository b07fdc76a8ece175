// npm run preview: build the renderer with the in-page bridge and serve it on 127.0.0.1.
import { build } from 'vite'

import { startPreviewServer } from './preview-server.mjs'

const port = Number(process.env.PORT ?? 4173)
await build({ configFile: 'vite.preview.config.ts' })
const server = await startPreviewServer({ rootDir: 'dist-preview', port })
console.log(`Browser preview of the patient flow (no Electron): ${server.url}`)
console.log('Press Ctrl+C to stop.')
