import axe from 'axe-core'
import type { Page } from 'playwright-core'

import { languages, type LanguageCode } from '../../../shared/languages'
import { resources } from '../../../renderer/i18n/resources'
import { englishByDesign } from '../../renderer/support/english-by-design'

/** The same rule set as kiosk-browser.ts's axeViolations: WCAG 2.0–2.2 A/AA plus best practice. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

declare global {
  interface Window {
    axe?: typeof axe
  }
}

/**
 * axe on whatever the page shows now, for tours that check many screens of one single-page
 * app: axe-core is injected once per page load (through the devtools protocol, so the strict
 * CSP is not loosened) and then run directly, which takes about a tenth of the time of a fresh
 * AxeBuilder per screen. The results are the same rules on the same document.
 */
export async function quickAxeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axe.source)
  return page.evaluate(async (runOnly) => {
    const engine = window.axe
    if (engine === undefined) throw new Error('axe-core was not injected')
    const results = await engine.run(document, {
      runOnly: { type: 'tag', values: runOnly },
      resultTypes: ['violations'],
    })
    return results.violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }))
  }, tags)
}

/** Every string leaf of a resource tree, with its dotted key. */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]]
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    leaves(child, prefix === '' ? key : `${prefix}.${key}`),
  )
}

/** A string's literal parts: what is left between {{placeholders}} and <1>…</1>-style tags. */
const fragments = (text: string): string[] =>
  text
    .split(/{{\s*\w+\s*}}|<\/?[\w-]+\s*\/?>/)
    .map((part) => part.trim())
    .filter((part) => /\p{L}/u.test(part))

const words = (text: string) => text.split(/\s+/).length

/**
 * The English text that must not show on a screen in `language`: every literal part of every
 * English string, except the strings English by design (staff screens, english-by-design.ts) and
 * parts the language's own strings also use (names, "ABC", a word a language borrows).
 */
function englishFragments(language: LanguageCode): string[] {
  const own = new Set(leaves(resources[language]).flatMap(([, text]) => fragments(text)))
  return [
    ...new Set(
      leaves(resources.en)
        .filter(([key]) => !englishByDesign(language, key))
        .flatMap(([, text]) => fragments(text)),
    ),
  ].filter((fragment) => !own.has(fragment))
}
const englishByLanguage = new Map<LanguageCode, string[]>()

/**
 * The page is marked as `language` (`<html lang dir>`), and no English text from the
 * translations shows in it: visible text, and the names a screen reader reads (aria-label, alt,
 * placeholder, title). Text inside an element marked with another `lang` (the language tiles,
 * the English line for staff) is in that language on purpose and is skipped. A long English
 * part (3 words or more) is found inside any text; a short one ("Back") only as a whole text,
 * so a word the language shares with English inside a sentence is no leak.
 */
export async function languageProblems(page: Page, language: LanguageCode): Promise<string[]> {
  const marked = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }))
  const problems: string[] = []
  if (marked.lang !== language) problems.push(`<html lang="${marked.lang}">`)
  if (marked.dir !== languages[language].dir) problems.push(`<html dir="${marked.dir}">`)
  if (language === 'en') return problems
  const texts = await page.evaluate(() => {
    const pageLanguage = document.documentElement.lang
    const inPageLanguage = (element: Element) =>
      element.closest('[lang]')?.getAttribute('lang') === pageLanguage
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node.parentElement
      const text = node.textContent?.trim() ?? ''
      if (element === null || text === '' || !inPageLanguage(element)) continue
      if (!element.checkVisibility()) continue
      found.push(text)
    }
    const named = '[aria-label], [alt], [placeholder], [title]'
    for (const element of document.body.querySelectorAll(named)) {
      if (!inPageLanguage(element)) continue
      for (const name of ['aria-label', 'alt', 'placeholder', 'title']) {
        const value = element.getAttribute(name)?.trim()
        if (value) found.push(value)
      }
    }
    return found
  })
  let english = englishByLanguage.get(language)
  if (english === undefined) {
    english = englishFragments(language)
    englishByLanguage.set(language, english)
  }
  for (const fragment of english) {
    const leaked =
      words(fragment) >= 3
        ? texts.some((text) => text.includes(fragment))
        : texts.some((text) => text === fragment)
    if (leaked) problems.push(`English: "${fragment}"`)
  }
  return problems
}
