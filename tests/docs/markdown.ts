/**
 * Just enough Markdown for checking the project's own docs: headings and their GitHub anchors,
 * and the links a reader can follow. Code (fenced blocks and `inline spans`) is skipped: it
 * quotes paths and brackets that are not links.
 */

export interface MarkdownLink {
  readonly line: number
  readonly target: string
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/

/** The file's lines with fenced code blocks blanked out (line numbers kept). */
export function proseLines(markdown: string): string[] {
  let fence: string | null = null
  return markdown.split('\n').map((line) => {
    const open = FENCE.exec(line)?.[1]
    if (fence === null && open !== undefined) {
      fence = open
      return ''
    }
    if (fence !== null) {
      if (open !== undefined && open[0] === fence[0] && open.length >= fence.length) fence = null
      return ''
    }
    return line
  })
}

const withoutInlineCode = (line: string) => line.replace(/(`+)[^`]*?\1/g, '')

/**
 * The anchor GitHub gives a heading (github-slugger): the heading's text as rendered, lower
 * case, punctuation removed, spaces turned into hyphens; a repeated heading gets `-1`, `-2`…
 */
export function githubSlug(heading: string): string {
  const text = heading
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}])[*_](.+?)[*_](?=[^\p{L}\p{N}]|$)/gu, '$1$2')
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}

/** Every anchor a file offers: its headings' slugs (with GitHub's numbering) and explicit ids. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const line of proseLines(markdown)) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+\s*)?$/.exec(line)?.[1]
    if (heading !== undefined) {
      const slug = githubSlug(heading)
      const times = seen.get(slug) ?? 0
      seen.set(slug, times + 1)
      anchors.add(times === 0 ? slug : `${slug}-${times}`)
    }
    for (const match of line.matchAll(/<a\s[^>]*(?:id|name)="([^"]+)"/g))
      anchors.add(match[1] ?? '')
  }
  return anchors
}

/** Links and images (`[text](target)`, `![alt](target)`, `[ref]: target`, `<a href>`, `<img src>`). */
export function linksOf(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = []
  proseLines(markdown).forEach((raw, index) => {
    const line = withoutInlineCode(raw)
    const found = [
      ...[...line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
      ...[...line.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)].map((m) => m[1]),
      ...[...line.matchAll(/<(?:a|img)\s[^>]*(?:href|src)="([^"]+)"/g)].map((m) => m[1]),
    ]
    for (const target of found) if (target !== undefined) links.push({ line: index + 1, target })
  })
  return links
}

/** A link that leaves the repository's files: a web address, mail, or another scheme. */
export const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target)
