// Which built files make up the renderer's initial JavaScript: what runs before the first
// screen is interactive. index.html loads only a tiny entry; right after the first frame the
// entry imports the app (boot), which loads the default language's strings. So: the entry, its
// dynamic imports (boot), the English bundle, and everything those import statically. The
// patient flow and other lazy screens (dynamic imports of the app itself) are not initial.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** `./name.js` imports of one minified chunk: static (`from"./x.js"`, `import"./x.js"`) and dynamic. */
export function importsOf(code) {
  const files = (pattern) => [...code.matchAll(pattern)].map((match) => `assets/${match[1]}`)
  return {
    static: files(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g),
    dynamic: files(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g),
  }
}

/**
 * The initial files (paths like `assets/boot-x.js`) of the build in `dir`, from its index.html.
 * `read(path)` returns a built file's text (injected in tests).
 */
export function initialJsFiles(dir, read = (path) => readFileSync(join(dir, path), 'utf8')) {
  const html = read('index.html')
  const entries = [...html.matchAll(/<script[^>]+src="\.?\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1],
  )
  const files = new Set()
  const withStatics = (file) => {
    if (files.has(file)) return
    files.add(file)
    for (const imported of importsOf(read(file)).static) withStatics(imported)
  }
  for (const entry of entries) {
    withStatics(entry)
    for (const app of importsOf(read(entry)).dynamic) {
      withStatics(app)
      for (const lazy of importsOf(read(app)).dynamic) {
        if (/^assets\/en-[^/]+\.js$/.test(lazy)) withStatics(lazy)
      }
    }
  }
  return [...files]
}
