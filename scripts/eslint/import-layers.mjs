// Dependencies point down: in the renderer, a feature imports shared
// layers (components, i18n, speech, display, kiosk-state, bridge…) and never the app shell that
// composes the features, nor another feature; a shared layer imports neither. And no module
// imports itself back through others, type imports included: a cycle is two modules that can
// only be understood, tested and moved together.
import { statSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'

import ts from 'typescript'

/** Every module specifier in a file: imports, `import type`, re-exports, `import()`, `typeof import()`. */
function specifiersIn(text) {
  return ts.preProcessFile(text, true, true).importedFiles
}

const compilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  jsx: ts.JsxEmit.ReactJSX,
  resolveJsonModule: true,
}
const resolutionCache = ts.createModuleResolutionCache(process.cwd(), (name) => name)

/** The project file a specifier names (TypeScript's own resolver), or null for packages and assets. */
function resolveImport(specifier, fromFile) {
  const { resolvedModule } = ts.resolveModuleName(
    specifier,
    fromFile,
    compilerOptions,
    ts.sys,
    resolutionCache,
  )
  if (resolvedModule === undefined || resolvedModule.isExternalLibraryImport) return null
  if (resolvedModule.resolvedFileName.endsWith('.d.ts')) return null
  return resolve(resolvedModule.resolvedFileName)
}

const inside = (file, dir) => {
  const path = relative(dir, file)
  return path !== '' && !path.startsWith('..') && !isAbsolute(path)
}

// ---------------------------------------------------------------------------------------------
// Layers in the renderer

/** Folders of the renderer above the shared layers: the shell and the build's prerender. */
const SHELL = new Set(['app', 'prerender'])

/** Where a renderer file sits: the app shell, one feature, a shared layer, or an entry file. */
function placeIn(rendererDir, file) {
  if (!inside(file, rendererDir)) return null
  const [first, second] = relative(rendererDir, file).split(sep)
  if (second === undefined) return { kind: 'entry' }
  if (first === 'features') return { kind: 'feature', name: second }
  if (SHELL.has(first)) return { kind: 'shell', name: first }
  return { kind: 'layer', name: first }
}

/** @type {import('eslint').Rule.RuleModule} */
export const importsPointDown = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Renderer imports point down: features and shared layers never import upwards.',
    },
    schema: [
      {
        type: 'object',
        properties: { renderer: { type: 'string' } },
        additionalProperties: false,
      },
    ],
    messages: {
      featureToShell:
        'Features never import the app shell ({{target}}): move what they share down into a shared renderer layer.',
      crossFeature:
        'Features never import each other ({{target}}): compose them in renderer/app/, or move what they share into a shared layer.',
      layerUp:
        'Shared renderer layers never import features or the app shell ({{target}}): they sit below both.',
    },
  },
  create(context) {
    const rendererDir = resolve(context.cwd, context.options[0]?.renderer ?? 'renderer')
    const file = resolve(context.filename)
    const from = placeIn(rendererDir, file)
    if (from === null || from.kind === 'entry' || from.kind === 'shell') return {}
    return {
      Program() {
        const text = context.sourceCode.text
        for (const { fileName, pos, end } of specifiersIn(text)) {
          if (!fileName.startsWith('.')) continue
          const target = resolve(dirname(file), fileName)
          const to = placeIn(rendererDir, target)
          if (to === null || to.kind === 'entry') continue
          const shown = relative(dirname(rendererDir), target).split(sep).join('/')
          let messageId = null
          if (from.kind === 'feature') {
            if (to.kind === 'shell') messageId = 'featureToShell'
            else if (to.kind === 'feature' && to.name !== from.name) messageId = 'crossFeature'
          } else if (to.kind === 'shell' || to.kind === 'feature') {
            messageId = 'layerUp'
          }
          if (messageId === null) continue
          context.report({
            loc: {
              start: context.sourceCode.getLocFromIndex(pos),
              end: context.sourceCode.getLocFromIndex(end),
            },
            messageId,
            data: { target: shown },
          })
        }
      },
    }
  },
}

// ---------------------------------------------------------------------------------------------
// No cycles

/** A file's project imports, kept while the file is unchanged (ESLint may run in an editor). */
const importCache = new Map()

function projectImportsOf(file, roots, text) {
  let stamp = -1
  if (text === undefined) {
    try {
      stamp = statSync(file).mtimeMs
    } catch {
      return []
    }
    const cached = importCache.get(file)
    if (cached !== undefined && cached.stamp === stamp) return cached.targets
    text = readFileSync(file, 'utf8')
  }
  const targets = []
  for (const { fileName, pos, end } of specifiersIn(text)) {
    const target = resolveImport(fileName, file)
    if (target !== null && roots.some((root) => inside(target, root)))
      targets.push({ target, pos, end })
  }
  if (stamp !== -1) importCache.set(file, { stamp, targets })
  return targets
}

/** A path of imports from `start` back to `goal` (depth first), or null. */
function pathBack(start, goal, roots) {
  const seen = new Set([start])
  const trail = [start]
  const walk = (file) => {
    for (const { target } of projectImportsOf(file, roots)) {
      if (target === goal) return true
      if (seen.has(target)) continue
      seen.add(target)
      trail.push(target)
      if (walk(target)) return true
      trail.pop()
    }
    return false
  }
  return walk(start) ? trail : null
}

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'No module imports itself back through others, type imports included.' },
    schema: [
      {
        type: 'object',
        properties: { roots: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      cycle: 'Import cycle: {{cycle}}. Move what both need into a module that imports neither.',
    },
  },
  create(context) {
    const roots = (context.options[0]?.roots ?? ['renderer', 'shared', 'electron']).map((root) =>
      resolve(context.cwd, root),
    )
    const file = resolve(context.filename)
    if (!roots.some((root) => inside(file, root))) return {}
    const shown = (path) => relative(context.cwd, path).split(sep).join('/')
    return {
      Program() {
        const reported = new Set()
        for (const { target, pos, end } of projectImportsOf(file, roots, context.sourceCode.text)) {
          if (reported.has(target)) continue
          reported.add(target)
          const trail = target === file ? [] : pathBack(target, file, roots)
          if (trail === null) continue
          context.report({
            loc: {
              start: context.sourceCode.getLocFromIndex(pos),
              end: context.sourceCode.getLocFromIndex(end),
            },
            messageId: 'cycle',
            data: { cycle: [file, ...trail, file].map(shown).join(' → ') },
          })
        }
      },
    }
  },
}

export const layersPlugin = {
  rules: { 'imports-point-down': importsPointDown, 'no-import-cycles': noImportCycles },
}
