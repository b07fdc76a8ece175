// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { kioskConfigJsonSchema } from '../../shared/config/config-json-schema'
import { useTempDirs } from '../main/config/temp-dir'

const script = resolve(import.meta.dirname, '../../scripts/config-schema.mjs')
const tempDir = useTempDirs()

describe('npm run config-schema', () => {
  it('writes the schema generated from the zod schema, to a file or stdout', () => {
    const out = join(tempDir(), 'kiosk.config.schema.json')
    const toFile = spawnSync(process.execPath, [script, out], { encoding: 'utf8' })
    expect(toFile.status).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(kioskConfigJsonSchema())
    const toStdout = spawnSync(process.execPath, [script, '-'], { encoding: 'utf8' })
    expect(JSON.parse(toStdout.stdout)).toEqual(kioskConfigJsonSchema())
  }, 30_000)
})
