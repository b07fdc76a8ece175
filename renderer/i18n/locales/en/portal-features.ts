/** "What you can do online": what the portal is for, in plain words. */
export const portalFeatures = {
  title: 'What you can do online',
  intro: 'With your account, you can do many things without a phone call or a letter:',
  topics: {
    health: {
      title: 'See your health record.',
      body: 'Read test results, notes from your care team, your list of medicines, and summaries of your visits.',
    },
    appointments: {
      title: 'Manage visits.',
      body: 'See your upcoming appointments.',
    },
    messages: {
      title: 'Manage messages.',
      body: 'Your account has a private inbox for messages about your care.',
    },
    video: {
      title: 'Have some visits by video.',
      body: 'Some appointments happen by video. You join them from your account.',
    },
    bills: {
      title: 'Pay bills.',
      body: 'To pay, you may need the account number from your bill and the patient’s date of birth. Or you may need the guarantor ID. The guarantor is the person who pays the bill. You can also read your billing notices.',
    },
    preferences: {
      title: 'Choose how we reach you.',
      body: 'Update your contact details and how you get bills and notices.',
    },
    refills: {
      title: 'Ask for refills.',
      body: 'You can ask for refills of some prescriptions, also at some Mayo Clinic pharmacies. You can follow all your requests in one place. Not every medicine can be refilled online. If you can’t ask online, call your care team or pharmacy.',
    },
    apps: {
      title: 'Connect other apps, with care.',
      body: 'You can share your health information with another health app. First, check that you trust the app and what it asks to see. Once shared, that app’s own privacy rules apply.',
    },
  },
  varies:
    'What you can do, and how you sign in, may be different where you get care. Some features are not offered in every location.',
  medical: 'For questions about your health, contact your care team.',
  continue: 'Continue',
  close: 'Back to where I was',
} as const
