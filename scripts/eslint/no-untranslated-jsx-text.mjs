// Every word a patient sees or hears goes through i18n (DESIGN.md, docs/languages.md). The
// every-language axe walk finds English that leaked from the translation files; this rule finds
// the other way English gets in: words typed straight into JSX, which no translation file holds
// and no typecheck sees. Text without a letter (a "›", a "·", a digit) is allowed.

const letter = /\p{L}/u

/** Attributes a browser shows or a screen reader speaks. */
const spokenOrShownAttributes = new Set([
  'alt',
  'aria-description',
  'aria-label',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'label',
  'placeholder',
  'title',
])

const hasWords = (text) => typeof text === 'string' && letter.test(text)

function literalWords(expression) {
  if (expression.type === 'Literal') return hasWords(expression.value) ? expression.value : null
  if (expression.type === 'TemplateLiteral') {
    const words = expression.quasis.map((quasi) => quasi.value.cooked ?? '').join('…')
    return hasWords(words) ? words : null
  }
  return null
}

const quote = (text) => JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 40))

/** @type {import('eslint').Rule.RuleModule} */
export const noUntranslatedJsxText = {
  meta: {
    type: 'problem',
    docs: { description: 'Words in JSX must come from the translations (t()), not from the code.' },
    schema: [],
    messages: {
      text: 'Untranslated text {{text}} in JSX: put it in the translations and use t().',
      attribute:
        'Untranslated {{name}} {{text}}: a patient sees or hears it; put it in the translations and use t().',
    },
  },
  create(context) {
    return {
      JSXText(node) {
        if (hasWords(node.value)) {
          context.report({ node, messageId: 'text', data: { text: quote(node.value) } })
        }
      },
      JSXExpressionContainer(node) {
        const inChildren = node.parent.type === 'JSXElement' || node.parent.type === 'JSXFragment'
        const words = inChildren ? literalWords(node.expression) : null
        if (words !== null)
          context.report({ node, messageId: 'text', data: { text: quote(words) } })
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : null
        if (name === null || !spokenOrShownAttributes.has(name) || node.value === null) return
        const value =
          node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value
        const words = literalWords(value)
        if (words !== null) {
          context.report({ node, messageId: 'attribute', data: { name, text: quote(words) } })
        }
      },
    }
  },
}

export const kioskPlugin = { rules: { 'no-untranslated-jsx-text': noUntranslatedJsxText } }
