export const done = {
  title: 'You’re all set',
  atHome: 'To sign in later at home, go to this official address:',
  atHomeAddress: 'To sign in later at home, go to this address:',
  informationPage: 'This is the information page about the portal. Use its link to sign in.',
  noSearch: 'Don’t search for the portal online: some sites look like it but are fake.',
  qrLabel: 'QR code of the address {{address}}',
  qrHint:
    'Point your phone’s camera at the code to open the address. The code holds only the address — nothing about you.',
  eraseNote: 'Tap the button below to erase all you typed on this kiosk.',
  erase: 'I’m done — erase my session',
} as const
