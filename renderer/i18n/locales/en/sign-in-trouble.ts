export const signInTrouble = {
  title: 'Trouble signing in at home',
  intro: 'Try these steps one at a time:',
  general: {
    rightPage:
      'Make sure you are on the official portal page (the address from your take-home QR code). A page that asks for a “LAN ID” is for employees.',
    cookies: 'Allow cookies for the portal. Without them, the sign-in can’t remember you.',
    cache: 'Clear the browser’s cache (saved images and files), then reopen the page.',
    privateBrowsing: 'Turn off private browsing and strict tracking protection while you sign in.',
    javascript: 'Make sure JavaScript is turned on.',
    update: 'Update your browser to the latest version.',
    otherBrowser: 'Try another browser, or switch between a computer and a phone.',
    restart: 'Close and reopen the app or browser, or restart the device.',
    freshStart:
      'If a page keeps reloading or never finishes loading, close the browser and open the official page again.',
    minimum:
      'Only allow what the portal needs, such as its cookies. You don’t need to turn off all your privacy settings.',
  },
  topics: {
    cookies: 'Cookies',
    cache: 'Clear the cache',
    privateBrowsing: 'Private browsing',
    javascript: 'JavaScript',
  },
  browsers: {
    legend: 'Steps for your browser',
    stepsFor: 'Steps for {{browser}}',
    chrome: {
      name: 'Chrome',
      cookies:
        'Menu (⋮) → Settings → Privacy and security → Third-party cookies. Allow them, or add the portal under “Allowed to use third-party cookies”.',
      cache: 'Menu (⋮) → Delete browsing data → tick “Cached images and files” → Delete data.',
      privateBrowsing: 'Close any Incognito windows and open a normal window.',
      javascript:
        'Menu (⋮) → Settings → Privacy and security → Site settings → JavaScript → “Sites can use JavaScript”.',
    },
    edge: {
      name: 'Edge',
      cookies:
        'Menu (…) → Settings → Cookies and site permissions → Manage and delete cookies → turn on “Allow sites to save and read cookie data”. Set tracking prevention to “Balanced”.',
      cache:
        'Menu (…) → Settings → Privacy, search, and services → Delete browsing data → “Cached images and files” → Clear now.',
      privateBrowsing: 'Close any InPrivate windows and open a normal window.',
      javascript: 'Menu (…) → Settings → Cookies and site permissions → JavaScript → turn it on.',
    },
    safari: {
      name: 'Safari',
      cookies:
        'iPhone or iPad: Settings → Safari → turn off “Block All Cookies”. Mac: Safari → Settings → Privacy → untick “Block all cookies”.',
      cache:
        'iPhone or iPad: Settings → Safari → Clear History and Website Data. Mac: Safari → Settings → Privacy → Manage Website Data → Remove.',
      privateBrowsing:
        'iPhone or iPad: tap the tabs button and leave the Private group. Mac: close private windows and open a new normal window.',
      javascript:
        'iPhone or iPad: Settings → Safari → Advanced → turn on JavaScript. Mac: Safari → Settings → Security → tick “Enable JavaScript”.',
    },
    firefox: {
      name: 'Firefox',
      cookies:
        'Menu (☰) → Settings → Privacy & Security → choose “Standard” protection, or use “Manage Exceptions” to allow the portal.',
      cache:
        'Menu (☰) → Settings → Privacy & Security → Cookies and Site Data → Clear Data → tick “Cached Web Content” → Clear.',
      privateBrowsing: 'Close any private windows and open a new normal window.',
      javascript:
        'JavaScript is on unless someone changed advanced settings. If pages still don’t work, try another browser.',
    },
  },
  close: 'Back to where I was',
} as const
