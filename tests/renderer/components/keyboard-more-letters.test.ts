import { describe, expect, it } from 'vitest'

import { letterVariants } from '../../../renderer/components/keyboard-more-letters'

/** Every letter outside a–z in `names`, each of which must be reachable in one or two taps. */
function unusual(names: string): string[] {
  return [
    ...new Set([...names.normalize('NFC')].filter((c) => /\p{L}/u.test(c) && !/[a-z]/i.test(c))),
  ]
}

/** The plain letter a variant is filed under, or null if no plain letter holds it. */
function filedUnder(letter: string): string | null {
  for (const base of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (letterVariants(base).includes(letter)) return base
  }
  return null
}

// Names written in each orthography the issue names (public examples, typed by us).
const samples = {
  vietnamese:
    'Nguyễn Thị Ánh Tuyết Trần Đức Phạm Hoàng Lê Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Huỳnh Ứng Ơn Ượng Ẩn Ỳ Ỷ Ỹ Ỵ',
  turkish: 'Şükrü Çağlar Gülşen Öztürk İbrahim Işık Ağaoğlu',
  polish: 'Łukasz Wójcik Żaneta Źrebiec Świątek Ćwikła Jędrzej Mańkowski Ślęzak',
  nordic: 'Øyvind Åse Æsa Þórunn Guðrún Søren Ærø Björk Hämäläinen',
  german: 'Jürgen Müller Straße Köhler Ärzte Übermann GROẞ',
  french: 'François Hélène Zoë Gaël Noël Jérôme Cœur Œdipe Ève Anaïs Loïc Bénédicte Ÿvette',
  portuguese: 'João Conceição Simões Sebastião Gonçalves Antônio Inês Luís Ângela',
  extra: 'Dvořák Škoda Čapek Ľudovít Ĳssel Ŕ Ţ Ș Ț Ğ ğ ħ Ŋ',
}

describe('the “more letters” layer', () => {
  it.each(Object.entries(samples))('reaches every letter of %s names', (_, names) => {
    const missing = unusual(names).filter((letter) => filedUnder(letter) === null)
    expect(missing).toEqual([])
  })

  it('files each variant under the plain letter it is built on, case kept', () => {
    expect(letterVariants('e')).toEqual(expect.arrayContaining(['é', 'ê', 'ễ', 'ę', 'ë', 'ě']))
    expect(letterVariants('E')).toEqual(expect.arrayContaining(['É', 'Ê', 'Ễ', 'Ę']))
    expect(letterVariants('e')).not.toContain('É')
    expect(letterVariants('s')).toEqual(expect.arrayContaining(['ş', 'ś', 'š', 'ß']))
    expect(letterVariants('o')).toEqual(expect.arrayContaining(['ø', 'œ', 'ơ', 'ờ', 'ő']))
    expect(letterVariants('I')).toContain('İ')
    expect(letterVariants('i')).toContain('ı')
    expect(filedUnder('ł')).toBe('l')
  })

  it('holds only single NFC letters (a key types exactly what it shows)', () => {
    for (const base of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      for (const letter of letterVariants(base)) {
        expect([...letter]).toHaveLength(1)
        expect(letter.normalize('NFC')).toBe(letter)
        expect(letter).toMatch(/^\p{L}$/u)
      }
    }
  })
})
