// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

import { describe, expect, it } from 'vitest'

import { anchorsOf, githubSlug, isExternal, linksOf, proseLines } from './markdown'

const root = resolve(import.meta.dirname, '../..')
const README_MAX_LINES = 300

function markdownUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return markdownUnder(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

/** README.md and every Markdown file under docs/: what a reader of the project follows. */
const documents = [join(root, 'README.md'), ...markdownUnder(join(root, 'docs'))]
const shown = (file: string) => relative(root, file).split(sep).join('/')
const read = (file: string) => readFileSync(file, 'utf8')

/** Problems with one document's relative links: a missing file, or an anchor with no heading. */
function brokenLinks(file: string): string[] {
  const problems: string[] = []
  for (const { line, target } of linksOf(read(file))) {
    if (isExternal(target)) continue
    const hash = target.indexOf('#')
    const pathPart = decodeURIComponent(hash === -1 ? target : target.slice(0, hash))
    const anchor = hash === -1 ? null : decodeURIComponent(target.slice(hash + 1))
    const where = `${shown(file)}:${line}: ${target}`
    const linked = pathPart === '' ? file : resolve(dirname(file), pathPart)
    if (pathPart.startsWith('/') || relative(root, linked).startsWith('..')) {
      problems.push(`${where}: leaves the project`)
      continue
    }
    if (!existsSync(linked)) {
      problems.push(`${where}: no such file`)
      continue
    }
    if (anchor === null || anchor === '') continue
    if (statSync(linked).isDirectory() || !linked.endsWith('.md')) {
      problems.push(`${where}: an anchor into something that is not a Markdown file`)
      continue
    }
    if (!anchorsOf(read(linked)).has(anchor))
      problems.push(`${where}: no heading in ${shown(linked)} has the anchor #${anchor}`)
  }
  return problems
}

/** "issue 14", "issues 3 and 4", "(issue #7)": the project speaks of itself, not its tracker. */
const ISSUE_NUMBER = /\bissues?\s+#?\d+/i
/** Folders of the machine the docs were written on, or beside the project. */
const OUTSIDE_PATHS = [/\/work\//, /\.\.\/shared\b/]

function outsideReferences(file: string): string[] {
  const problems: string[] = []
  // Code blocks count here too: a command that names /work/ is as wrong as prose that does.
  read(file)
    .split('\n')
    .forEach((line, index) => {
      const where = `${shown(file)}:${index + 1}`
      const issue = ISSUE_NUMBER.exec(line)?.[0]
      if (issue !== undefined) problems.push(`${where}: names "${issue}"`)
      for (const pattern of OUTSIDE_PATHS) {
        const path = pattern.exec(line)?.[0]
        if (path !== undefined) problems.push(`${where}: names "${path}", outside the project`)
      }
    })
  return problems
}

describe('the Markdown reader', () => {
  it("gives headings GitHub's anchors", () => {
    expect(githubSlug('Clinic IT: deploying & configuring')).toBe(
      'clinic-it-deploying--configuring',
    )
    expect(githubSlug('The `kiosk:info` channel')).toBe('the-kioskinfo-channel')
    expect(githubSlug('[Security](security.md) review')).toBe('security-review')
    expect(githubSlug('**Staff** PIN, _fleet_ and speech')).toBe('staff-pin-fleet-and-speech')
    expect(githubSlug('Idiomas: español, Soomaali, العربية')).toBe(
      'idiomas-español-soomaali-العربية',
    )
    expect(githubSlug('snake_case_name stays')).toBe('snake_case_name-stays')
    expect([...anchorsOf('# Layout\n## Layout\n```\n# not a heading\n```\n## Layout')]).toEqual([
      'layout',
      'layout-1',
      'layout-2',
    ])
  })

  it('finds links in prose, not in code', () => {
    const markdown = [
      'See [the guide](docs/guide.md#set-up) and ![shot](docs/a.png "A").',
      'Not `[code](nowhere.md)`, nor:',
      '```',
      '[a](fenced.md)',
      '```',
      '[ref]: docs/ref.md',
      '<a href="https://example.org">web</a> <img src="docs/b.png" alt="">',
    ].join('\n')
    expect(linksOf(markdown)).toEqual([
      { line: 1, target: 'docs/guide.md#set-up' },
      { line: 1, target: 'docs/a.png' },
      { line: 6, target: 'docs/ref.md' },
      { line: 7, target: 'https://example.org' },
      { line: 7, target: 'docs/b.png' },
    ])
    expect(proseLines('a\n~~~\nb\n~~~\nc')).toEqual(['a', '', '', '', 'c'])
  })
})

describe("the project's docs", () => {
  it('start from a README that fits on a page', () => {
    const lines = read(join(root, 'README.md')).trimEnd().split('\n').length
    expect(lines, `README.md has ${lines} lines`).toBeLessThanOrEqual(README_MAX_LINES)
  })

  it('link only to files that exist, and to headings those files have', () => {
    expect(documents.flatMap(brokenLinks)).toEqual([])
  })

  it('name no issue numbers and no folders outside the project', () => {
    expect(documents.flatMap(outsideReferences)).toEqual([])
  })
})
