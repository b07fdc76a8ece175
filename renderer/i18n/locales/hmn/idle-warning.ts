import type { idleWarning as english } from '../en/idle-warning'
import type { Translation } from '../../translation'

export const idleWarning: Translation<typeof english> = {
  title: 'Koj tseem nyob ntawm no los?',
  body: 'Kom koj cov ntaub ntawv tsis pub lwm tus paub, lub tshuab yuav tshem txhua yam koj ntaus thiab rov pib dua sai sai no.',
  countdown_one: 'Yuav tshem tawm hauv {{count}} vib nas this',
  countdown_other: 'Yuav tshem tawm hauv {{count}} vib nas this',
  announce_one: 'Tshuav {{count}} vib nas this ces koj cov ntaub ntawv yuav raug tshem tawm.',
  announce_other: 'Tshuav {{count}} vib nas this ces koj cov ntaub ntawv yuav raug tshem tawm.',
  moreTime: 'Kuv xav tau sij hawm ntxiv',
  endNow: 'Kuv ua tiav lawm — tshem tam sim no',
  extensionsLeft_one: 'Koj tseem thov tau sij hawm ntxiv {{count}} zaug.',
  extensionsLeft_other: 'Koj tseem thov tau sij hawm ntxiv {{count}} zaug.',
  noExtensions:
    'Koj siv tag nrho cov sij hawm ntxiv lawm. Yog koj xav tau kev pab, thov nug ntawm lub rooj txais tos.',
}
