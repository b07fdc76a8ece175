import { resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

import { prerenderFirstScreens } from './scripts/vite-prerender.mjs'

/**
 * The browser preview: the same renderer, built in 'preview' mode so main.tsx installs the
 * in-page bridge (electron-vite's renderer-only dev mode still starts Electron, which cannot
 * run here). Served by scripts/preview.mjs on 127.0.0.1.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  mode: 'preview',
  base: './',
  plugins: [react(), prerenderFirstScreens()],
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist-preview'),
    emptyOutDir: true,
    minify: true,
    reportCompressedSize: false,
  },
})
