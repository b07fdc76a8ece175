import type { ending as english } from '../en/ending'
import type { Translation } from '../../translation'

export const ending: Translation<typeof english> = {
  confirm: {
    startOver: {
      title: 'Rov pib dua ntawm thawj kauj ruam?',
      body: 'Koj cov lus teb thiab txhua yam koj ntaus yuav raug tshem tawm. Koj hom lus thiab kev teeb lub screen tseem nyob li qub.',
      keep: 'Tsis yog, mus ntxiv',
      confirm: 'Yog, rov pib dua',
    },
    imDone: {
      title: 'Tshem koj cov ntaub ntawv tam sim no?',
      body: 'Txhua yam koj ntaus rau ntawm lub tshuab no yuav raug tshem tawm, thiab tus neeg tom ntej yuav pib tshiab.',
      keep: 'Tsis yog, mus ntxiv',
      confirm: 'Yog, tshem nws',
    },
    leave: {
      title: 'Rov qab mus rau lub screen xaiv hom lus?',
      body: 'Qhov no xaus koj qhov kev siv. Koj cov lus teb thiab kev teeb lub screen raug tshem tawm.',
      keep: 'Tsis yog, nyob ntawm no',
      confirm: 'Yog, rov qab',
    },
  },
  countdown: {
    text_one: 'Lub screen no yuav tshem nws tus kheej hauv {{count}} vib nas this.',
    text_other: 'Lub screen no yuav tshem nws tus kheej hauv {{count}} vib nas this.',
    announce_one: 'Tshuav {{count}} vib nas this ces lub sij hawm siv no yuav raug tshem tawm.',
    announce_other: 'Tshuav {{count}} vib nas this ces lub sij hawm siv no yuav raug tshem tawm.',
    moreTime: 'Kuv xav tau sij hawm ntxiv',
  },
}
