// npm run config-schema: writes the configuration's JSON Schema, generated from the zod schema
// the kiosk itself uses (shared/config/), for editor completion through "$schema".
//
//   npm run config-schema                      # → ./kiosk.config.schema.json
//   npm run config-schema -- path/to/out.json  # another file
//   npm run --silent config-schema -- -        # stdout
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { runnerImport } from 'vite'

const root = resolve(import.meta.dirname, '..')
const { module } = await runnerImport(resolve(root, 'shared/config/config-json-schema.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
})
const text = `${JSON.stringify(module.kioskConfigJsonSchema(), null, 2)}\n`
const target = process.argv[2] ?? module.CONFIG_SCHEMA_FILE_NAME
if (target === '-') process.stdout.write(text)
else {
  writeFileSync(resolve(target), text)
  process.stderr.write(`Wrote ${resolve(target)}\n`)
}
