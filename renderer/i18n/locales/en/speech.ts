/**
 * Speech output (issue 14): the Listen control, the words it adds when it reads a screen, and
 * the staff panel's view of which languages have a voice on this kiosk.
 */
export const speech = {
  control: {
    label: 'Read aloud',
    listen: 'Listen',
    pause: 'Pause',
    resume: 'Go on',
    repeat: 'Repeat',
    slower: 'Slower',
    faster: 'Faster',
    stop: 'Stop',
    readBackCode: 'Read back my code',
    speed: 'Speed: {{rate}}×',
    noVoice: 'This kiosk can’t read aloud in English. Please ask at the front desk for help.',
  },
  words: {
    selected: '{{name}}, selected',
    notSelected: '{{name}}, not selected',
    textBox: '{{label}}, text box',
    button: '{{name}}, button',
    focused: 'You are on: {{name}}',
    error: 'Problem: {{text}}',
    codeIntro: 'Your code, one letter or number at a time:',
    noCode: 'There is no code in the box yet.',
  },
  staff: {
    heading: 'Read aloud (voices on this kiosk)',
    voice: 'Voice: {{name}}',
    noVoice: 'No voice installed. “Listen” does not work in this language.',
    noVoiceHint:
      'IT can install a voice for this language (README, “Speech output”). Until then, patients who need it read aloud need staff help.',
  },
} as const
