// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { importsOf, initialJsFiles } from '../../scripts/bench/initial-js.mjs'

/** A built renderer, as its minified files import each other (vite 8 output shapes). */
const built: Record<string, string> = {
  'index.html':
    '<script type="module" crossorigin src="./assets/index-a.js"></script><link rel="stylesheet" href="./assets/index-a.css">',
  'assets/index-a.js':
    'import"./runtime-r.js";const s=()=>import(`./boot-b.js`).then(e=>e.boot());export{s as t}',
  'assets/runtime-r.js': 'export const r=1',
  'assets/boot-b.js':
    'import{t as e}from"./index-a.js";import{x}from"./toggle-t.js";const f=()=>import(`./PatientFlow-p.js`),en=()=>import(`./en-e.js`),es=()=>import(`./es-s.js`)',
  'assets/toggle-t.js': 'export const x=1',
  'assets/en-e.js': 'import{b}from"./bundle-of-o.js";export default b({})',
  'assets/es-s.js': 'import{b}from"./bundle-of-o.js";export default b({})',
  'assets/bundle-of-o.js': 'export const b=(m)=>m',
  'assets/PatientFlow-p.js': 'import{x}from"./toggle-t.js";import"./zod-z.js"',
  'assets/zod-z.js': 'export const z=1',
}
const read = (path: string) => {
  const text = built[path]
  if (text === undefined) throw new Error(`no ${path}`)
  return text
}

describe('the initial JS the bench weighs', () => {
  it('reads static and dynamic imports in any quote style', () => {
    expect(importsOf('import"./a.js";import{b}from\'./b.js\';import(`./c.js`)')).toEqual({
      static: ['assets/a.js', 'assets/b.js'],
      dynamic: ['assets/c.js'],
    })
  })

  it('is the entry, the app it loads after the first frame, and English; not the lazy screens', () => {
    expect(initialJsFiles('unused', read).sort()).toEqual(
      [
        'assets/index-a.js',
        'assets/runtime-r.js',
        'assets/boot-b.js',
        'assets/toggle-t.js',
        'assets/en-e.js',
        'assets/bundle-of-o.js',
      ].sort(),
    )
  })
})
