export const accountHolder = {
  title: 'Who is the account for?',
  legend: 'The account is for',
  self: { label: 'Me', description: 'The account is for me, and I am 18 or older.' },
  caregiver: {
    label: 'Someone I care for',
    description: 'A child, a parent, or another person I help with their care.',
  },
  teen: {
    label: 'A teen aged 13 to 17',
    description: 'The teen and a parent or guardian are here together.',
  },
  pleaseChoose: 'Please choose one answer first.',
  continue: 'Continue',
  caregiverInfo: {
    title: 'Helping someone else with their care',
    intro:
      'To see someone else’s health record online, you need proxy access. Proxy access means you use your own account to see their record.',
    notTheirLogin:
      'Don’t sign in with the other person’s username or password. Use your own account.',
    authorized:
      'You ask for it through the clinic’s official request process. The person, or their legal representative, must agree.',
    adult: 'You must be 18 or older to have proxy access.',
    underAge:
      'If you are 13 to 17, you can set up your own teen account with a parent or guardian.',
    teenPath: 'I am 13 to 17',
    /** `ask` unless the clinic's configuration states what its front desk does. */
    staff: {
      ask: 'Ask at the front desk how to ask for proxy access here.',
      yes: 'The front desk here has the request form and can explain the steps.',
      no: 'The front desk here does not have the request form. Call the help line to ask how.',
    },
    ownAccountFirst:
      'You can set up your own account now. Once proxy access is approved, you will see their information from your account.',
    askStaff: 'Ask staff about proxy access',
    setUpMine: 'Set up my own account',
  },
  teenInfo: {
    title: 'Setting up a teen’s account',
    intro:
      'Teens aged 13 to 17 can have their own account. It is set up with a parent or guardian.',
    parentView:
      'From age 13, a parent sees less of the teen’s record online. For example, a parent no longer sees test results.',
    waysHeading: 'Ways to set it up',
    staff: {
      ask: 'With the parent or guardian here, ask at the front desk whether they can help set it up.',
      yes: 'With the parent or guardian here, the front desk can help set it up.',
      no: 'The front desk here does not set up teen accounts. Use one of the other ways.',
    },
    phone: 'Or call {{phone}} with the parent or guardian present.',
    phoneWithOption:
      'Or call {{phone}} with the parent or guardian present, and choose option {{option}}.',
    withCode: 'If the teen already has an activation code, you can go on here together.',
    askStaff: 'Ask staff to help set it up',
    continueWithCode: 'Continue with the teen’s code',
  },
} as const
