import type { ending as english } from '../en/ending'
import type { Translation } from '../../translation'

export const ending: Translation<typeof english> = {
  confirm: {
    startOver: {
      title: 'Ma ka bilaabaysaa tallaabada koowaad?',
      body: 'Jawaabahaaga iyo wax kasta oo aad qortay waa la tirtirayaa. Luqaddaada iyo habaynta shaashaddu sidooda ayay ahaanayaan.',
      keep: 'Maya, sii wad',
      confirm: 'Haa, dib u bilow',
    },
    imDone: {
      title: 'Hadda ma la tirtiraa fadhigaaga?',
      body: 'Wax kasta oo aad ku gelisay mashiinkan waa la tirtirayaa, qofka xigaana wuxuu ku bilaabayaa mashiin nadiif ah.',
      keep: 'Maya, sii wad',
      confirm: 'Haa, tirtir',
    },
    leave: {
      title: 'Ma ku noqonaysaa shaashadda luqadda?',
      body: 'Tani waxay dhammaynaysaa booqashadaada. Jawaabahaaga iyo habaynta shaashadda waa la tirtirayaa.',
      keep: 'Maya, halkan ayaan joogayaa',
      confirm: 'Haa, dib u noqo',
    },
  },
  countdown: {
    text_one: 'Shaashaddani waxay is tirtiraysaa {{count}} ilbiriqsi kadib.',
    text_other: 'Shaashaddani waxay is tirtiraysaa {{count}} ilbiriqsi kadib.',
    announce_one: '{{count}} ilbiriqsi ayaa ka hadhay inta aan fadhigan la tirtirin.',
    announce_other: '{{count}} ilbiriqsi ayaa ka hadhay inta aan fadhigan la tirtirin.',
    moreTime: 'Waqti dheeraad ah ayaan u baahanahay',
  },
}
