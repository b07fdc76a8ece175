import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// Vitest 4 ignores vitest.workspace.ts: the projects live here.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/shared/**/*.test.ts',
            'tests/main/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/docs/**/*.test.ts',
            'tests/packaging/**/*.test.ts',
            'tests/security/**/*.test.ts',
            // The visual-regression harness's pure parts (the e2e files run the browser).
            'tests/e2e/support/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          // A whole patient flow in jsdom takes 1–2 s on an idle 2-core machine and passed 5 s
          // (the default) when other work shared it: a time limit is not what these test.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          // The layout-invariants walk still finds open gaps (docs/testing.md): it runs on its
          // own, `npm run test:layout`, until they are closed, then it joins this project.
          exclude: ['tests/e2e/layout-invariants.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'layout',
          environment: 'node',
          include: ['tests/e2e/layout-invariants.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
