export const signInTrouble = {
  title: 'Trouble signing in at home',
  intro: 'Try these steps one at a time:',
  causes:
    'Trouble signing in often starts after a change. It may be a new privacy setting or a new security app. It may be a new phone or computer. Cookie settings are a common cause. Security settings on a phone can get in the way too.',
  /** What the guide says to keep handy before signing in. */
  beforeSignIn: {
    heading: 'To sign in, have these ready',
    login: 'Your username or email address, and your password',
    passcode: 'Your phone or email, to get a one-time passcode',
    browser: 'A browser the portal supports, on a phone or computer you trust',
    message: 'Any activation message you got, if your account is new',
  },
  general: {
    noSearch:
      'Don’t search for the portal online. Some sites look like it but are fake. Scan your take-home QR code or type the address.',
    titleCheck:
      'If you do search, check the page’s title. It should say “Mayo Clinic”, “Mayo Clinic Patient Portal” or “Mayo Clinic Health System”. Fake sites can copy a name, so the address is the safest way.',
    rightPage: 'A page that asks for a “LAN ID” is for employees. Go back to the patient page.',
    cookies:
      'Allow cookies for the portal’s own site. Cookies are small files that keep you signed in. Don’t allow all cookies from every site. Then close the browser, open it again and sign in.',
    cookieSigns:
      'Signs that cookies are blocked: the page does not load, you keep coming back to the sign-in page, or you see an error while it checks who you are.',
    cache:
      'Clear the cache and cookies, then open the page again. The cache is the copy of pages your browser saves. Clearing cookies may sign you out of other sites.',
    privateBrowsing: 'Turn off private browsing and strict tracking protection while you sign in.',
    javascript:
      'Make sure JavaScript is on. JavaScript is what makes pages work, and the sign-in page needs it.',
    update: 'Update your browser, and your phone or computer, to the latest version.',
    otherBrowser: 'Try another browser, or switch between a computer and a phone.',
    restart: 'Close and reopen the app or browser, or restart the device.',
    freshStart:
      'If a page keeps sending you from page to page, or keeps loading, close the browser. Then open the portal’s address again.',
    minimum:
      'Only allow what the portal needs. You don’t need to turn off all your privacy settings.',
  },
  topics: {
    cookies: 'Cookies',
    cache: 'Clear the cache and cookies',
    privateBrowsing: 'Private browsing',
    javascript: 'JavaScript',
  },
  /**
   * The words to look for in each browser, never a menu path: menus move between versions, and
   * the guide names only what to look for (cookies, tracking prevention, site data).
   */
  browsers: {
    legend: 'What to look for in your browser',
    stepsFor: 'What to look for in {{browser}}',
    note: 'Menus change from one version to the next. So these tips name the words to look for, not every tap.',
    chrome: {
      name: 'Chrome',
      cookies:
        'In Chrome’s settings, look for the words privacy, cookies or site settings. Allow cookies for the portal’s site.',
      cache:
        'In Chrome’s settings, look for the words browsing data, cache or cookies. Clear the cache and cookies.',
      privateBrowsing: 'Close any Incognito windows and open a normal window.',
      javascript: 'In Chrome’s settings, look for the word JavaScript. Make sure sites may use it.',
    },
    edge: {
      name: 'Edge',
      cookies:
        'In Edge’s settings, look for the words cookies, site permissions or tracking prevention. Allow cookies for the portal’s site.',
      cache:
        'In Edge’s settings, look for the words browsing data, cache or cookies. Clear the cache and cookies.',
      privateBrowsing: 'Close any InPrivate windows and open a normal window.',
      javascript: 'In Edge’s settings, look for the word JavaScript. Make sure sites may use it.',
    },
    safari: {
      name: 'Safari',
      cookies:
        'On an iPhone or iPad, Safari’s settings are in the Settings app. On a Mac, they are in Safari. Look for a switch that blocks all cookies, and turn it off.',
      cache:
        'In Safari’s settings, look for the words history, website data or cache. Clear the cache and cookies.',
      privateBrowsing: 'Leave Private Browsing: open a normal tab or window.',
      javascript: 'In Safari’s settings, look for the word JavaScript. Make sure it is on.',
    },
    firefox: {
      name: 'Firefox',
      cookies:
        'In Firefox’s settings, look for the words privacy, cookies or exceptions. Allow cookies for the portal’s site.',
      cache:
        'In Firefox’s settings, look for the words cookies, site data or cache. Clear the cache and cookies.',
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
