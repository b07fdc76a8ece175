export const signInTrouble = {
  title: 'Trouble signing in at home',
  intro: 'Try these steps one at a time:',
  causes:
    'Trouble signing in often starts after a change. It may be a new privacy setting or a new security app. It may be a new phone or computer.',
  general: {
    noSearch:
      'Don’t search for the portal online. Some sites look like it but are fake. Scan your take-home QR code or type the address.',
    rightPage: 'A page that asks for a “LAN ID” is for employees. Go back to the patient page.',
    cookies:
      'Allow cookies for the portal’s own site. Cookies are small files that keep you signed in. Don’t allow all cookies from every site.',
    cache:
      'Clear the cache, then open the page again. The cache is the copy of pages your browser saves.',
    privateBrowsing: 'Turn off private browsing and strict tracking protection while you sign in.',
    javascript:
      'Make sure JavaScript is on. JavaScript is what makes pages work, and the sign-in page needs it.',
    update: 'Update your browser, and your phone or computer, to the latest version.',
    otherBrowser: 'Try another browser, or switch between a computer and a phone.',
    restart: 'Close and reopen the app or browser, or restart the device.',
    freshStart:
      'If a page keeps loading and never ends, close the browser. Then open the portal’s address again.',
    minimum:
      'Only allow what the portal needs. You don’t need to turn off all your privacy settings.',
  },
  topics: {
    cookies: 'Cookies',
    cache: 'Clear the cache',
    privateBrowsing: 'Private browsing',
    javascript: 'JavaScript',
  },
  browsers: {
    legend: 'What to look for in your browser',
    stepsFor: 'What to look for in {{browser}}',
    note: 'Menus change from one version to the next, so these tips say what to look for, not every tap.',
    chrome: {
      name: 'Chrome',
      cookies:
        'In Settings, find the part about privacy, then the part about cookies. Add the portal’s site to the sites that may use cookies.',
      cache:
        'In Settings, look for Delete browsing data. Choose only cached images and files, then delete.',
      privateBrowsing: 'Close any Incognito windows and open a normal window.',
      javascript:
        'In Settings, look for Site settings, then JavaScript. Make sure sites may use it.',
    },
    edge: {
      name: 'Edge',
      cookies:
        'In Settings, look for Cookies and site permissions. Add the portal’s site to the allowed sites. Keep tracking prevention at Balanced.',
      cache:
        'In Settings, look for Privacy, then Delete browsing data. Choose only cached images and files.',
      privateBrowsing: 'Close any InPrivate windows and open a normal window.',
      javascript:
        'In Settings, look for Cookies and site permissions, then JavaScript. Turn it on.',
    },
    safari: {
      name: 'Safari',
      cookies:
        'iPhone or iPad: open the Settings app and find Safari (on newer phones it is under Apps). Make sure “Block All Cookies” is off. Mac: in Safari’s settings, look in Privacy.',
      cache:
        'iPhone or iPad: in Safari’s settings, look for Clear History and Website Data. Mac: in Safari’s settings, look for Manage Website Data.',
      privateBrowsing:
        'iPhone or iPad: tap the tabs button and leave the Private group. Mac: close private windows and open a normal one.',
      javascript:
        'iPhone or iPad: in Safari’s settings, look under Advanced for JavaScript. Mac: in Safari’s settings, look in Security.',
    },
    firefox: {
      name: 'Firefox',
      cookies:
        'In Settings, look for Privacy & Security. Choose Standard protection, or add the portal’s site as an exception.',
      cache:
        'In Settings, go to Privacy & Security. Find Cookies and Site Data. Clear only the cached web content.',
      privateBrowsing: 'Close any private windows and open a new normal window.',
      javascript:
        'JavaScript is on unless someone changed advanced settings. If pages still don’t work, try another browser.',
    },
  },
  /** A QR code of the sign-in address: the configuration has no separate help address. */
  takeHome: {
    heading: 'Take the way to help home',
    signInPage:
      'Scan this code to open the sign-in page of {{portal}}. Look there for its help link.',
    signInPageOfficial:
      'Scan this code to open the official sign-in page of {{portal}}. Look there for its help link.',
    informationPage:
      'Scan this code to open the page about {{portal}}. Use its link to sign in, then look for the help link.',
    informationPageOfficial:
      'Scan this code to open the official page about {{portal}}. Use its link to sign in, then look for the help link.',
    qrLabel: 'QR code of the address {{address}}',
    qrHint: 'The code holds only the address. It holds nothing about you.',
  },
  close: 'Back to where I was',
} as const
