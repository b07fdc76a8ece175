import { describe, expect, it } from 'vitest'

import { createActivationSchema } from '../../../shared/activation/activation-schema'

/**
 * Legal names as IDs print them. The kiosk must never be stricter than the official form, so
 * this table holds names from many cultures and forms; each must pass as a first and as a last
 * name, and come out exactly as written (trimmed, spaces collapsed, Unicode NFC).
 */
const schema = createActivationSchema(() => new Date(2025, 5, 15))
const base = {
  accountHolder: 'self' as const,
  activationCode: 'ABCDE-12345-FGHIJ',
  dateOfBirth: { month: '1', day: '2', year: '1980' },
  email: 'a@example.org',
  mayoClinicNumber: '',
}
const parse = (name: string) => schema.safeParse({ ...base, firstName: name, lastName: name })

const accepted: readonly (readonly [string, string])[] = [
  ['Spanish, two surnames', 'García Márquez'],
  ['Spanish, hyphen and ñ', 'Ibáñez-Núñez'],
  ['Irish, curly apostrophe', 'O’Sullivan'],
  ['Irish, straight apostrophe', "O'Sullivan"],
  ['Irish Gaelic', 'Ó Súilleabháin'],
  ['Italian apostrophe', 'D’Angelo'],
  ['Dutch, leading apostrophe', "'t Hooft"],
  ['Dutch particle', 'van der Berg'],
  ['English suffix with comma and period', 'King, Jr.'],
  ['Roman-numeral suffix', 'Ford III'],
  ['Suffix after a comma', 'Smith, Sr.'],
  ['Saint abbreviation', 'St. John'],
  ['Initial with a period', 'J. R.'],
  ['Single letter', 'Y'],
  ['Vietnamese', 'Nguyễn Thị Minh Khai'],
  ['Vietnamese đ', 'Đặng'],
  ['Hawaiian ʻokina', 'Kaʻiulani'],
  ['Hawaiian, leading ʻokina', 'ʻIolani'],
  ['Māori macron', 'Mātene'],
  ['Polish', 'Łukasz Wałęsa'],
  ['Czech', 'Dvořák'],
  ['Turkish', 'Şükrü Gündoğdu'],
  ['German ß', 'Weiß'],
  ['Scandinavian', 'Øyvind Åsen'],
  ['Icelandic', 'Þórunn Guðmundsdóttir'],
  ['Kikuyu', 'Ngũgĩ wa Thiong’o'],
  ['Somali', 'Cabdiraxmaan Xuseen'],
  ['Hmong', 'Ntxhi Vaj'],
  ['Yoruba with tones', 'Adébáyọ̀'],
  ['Greek', 'Αλέξανδρος Παπαδόπουλος'],
  ['Russian', 'Муравьёва'],
  ['Arabic', 'محمد عبد الله'],
  ['Hebrew', 'תמר כהן'],
  ['Hindi with vowel signs', 'अर्जुन शर्मा'],
  ['Tamil with marks', 'முருகன்'],
  ['Thai with marks', 'สมชาย'],
  ['Amharic', 'አበበ ቢቂላ'],
  ['Chinese', '李小龙'],
  ['Japanese', '山田 太郎'],
  ['Korean', '김민준'],
  ['Decomposed accent (NFC on output)', 'Ame\u0301lie'],
  ['Non-breaking hyphen', 'Jean\u2011Luc'],
  ['Long Spanish full name', 'María de los Ángeles Fernández de Córdoba y Gutiérrez de la Vega'],
]

describe('legal names from many cultures', () => {
  it.each(accepted)('accepts %s: %j', (_culture, name) => {
    const result = parse(name)
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([])
    if (result.success) {
      expect(result.data.firstName).toBe(name.normalize('NFC'))
      expect(result.data.lastName).toBe(name.normalize('NFC'))
    }
  })

  it.each([
    ['digits', 'R2D2'],
    ['markup', '<b>Ann</b>'],
    ['emoji', 'Ann 😀'],
    ['no letter at all', '- . ,'],
    ['a control character', 'Ann\u0000'],
    ['an at sign', 'ann@example'],
  ])('refuses %s: %j', (_what, name) => {
    expect(parse(name).success).toBe(false)
  })
})
