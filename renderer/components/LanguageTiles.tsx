import { Check } from 'lucide-react'

import { languageEndonyms, type LanguageCode } from '../../shared/languages'

export interface LanguageTilesProps {
  /** The languages offered, in the order their tiles appear. */
  readonly languages: readonly LanguageCode[]
  readonly current: string
  readonly onChoose: (language: LanguageCode) => void
  /** The id of the visible heading that names the group, or a label when there is none. */
  readonly labelledBy?: string
  readonly label?: string
}

/**
 * Big language tiles, each written in its own language (`languageEndonyms`) with its `lang`, so
 * a patient who reads none of the screen's words still finds theirs and a screen reader says it
 * right; `dir="auto"` lets a right-to-left name read right to left. The chosen tile is filled
 * and carries a check mark, not only a colour.
 */
export function LanguageTiles({
  languages,
  current,
  onChoose,
  labelledBy,
  label,
}: LanguageTilesProps) {
  return (
    <div
      role="group"
      aria-labelledby={labelledBy}
      aria-label={labelledBy === undefined ? label : undefined}
      className="language-tiles"
    >
      {languages.map((language) => {
        const chosen = current === language
        return (
          <button
            key={language}
            type="button"
            lang={language}
            aria-pressed={chosen}
            className="language-tile"
            onClick={() => onChoose(language)}
          >
            <span dir="auto" className="language-tile__name">
              {languageEndonyms[language]}
            </span>
            <span className="language-tile__mark" aria-hidden="true">
              {chosen && <Check focusable="false" strokeWidth={3} />}
            </span>
          </button>
        )
      })}
    </div>
  )
}
