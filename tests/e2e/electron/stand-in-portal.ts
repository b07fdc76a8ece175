import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'

/** What the stand-in page found already stored when it loaded (it should always be nothing). */
export interface LeftoverReport {
  readonly cookie: string
  readonly requestCookie: string
  readonly localStorage: string | null
  readonly indexedDb: readonly string[]
  readonly serviceWorkers: number
  readonly caches: readonly string[]
}

/** What the page's alert/confirm/prompt returned (disableDialogs answers them at once). */
export interface DialogReport {
  readonly confirmed: boolean
  readonly prompted: string | null
}

// Runs in the portal view: first calls alert, confirm and prompt as a sign-up page might (with a
// native box these would block the page, so it would never report), then reports what a previous
// visitor left, then leaves its own traces in every storage a real portal uses (cookie,
// localStorage, IndexedDB, service worker, Cache API).
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stand-in portal</title></head>
<body><h1>Stand-in portal</h1><input id="field" aria-label="field"><script>
(async () => {
  alert('Please check the form.');
  const dialogs = { confirmed: confirm('Leave this page?'), prompted: prompt('Your name?', 'x') };
  await fetch('/dialogs?answered=' + encodeURIComponent(JSON.stringify(dialogs)));
  const found = {
    cookie: document.cookie,
    requestCookie: document.body.dataset.requestCookie || '',
    localStorage: localStorage.getItem('previous-patient'),
    indexedDb: (await indexedDB.databases()).map((db) => db.name),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    caches: await caches.keys(),
  };
  await fetch('/report?found=' + encodeURIComponent(JSON.stringify(found)));
  document.cookie = 'previous-patient=1; Secure; SameSite=Strict; Max-Age=86400';
  localStorage.setItem('previous-patient', 'yes');
  await new Promise((resolve) => {
    const open = indexedDB.open('previous-patient-db', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('notes');
    open.onsuccess = () => { const tx = open.result.transaction('notes', 'readwrite'); tx.objectStore('notes').put('x', 'k'); tx.oncomplete = resolve; };
  });
  await navigator.serviceWorker.register('/sw.js');
  await (await caches.open('previous-patient-cache')).put('/cached', new Response('x'));
  await fetch('/stored');
})();
</script></body></html>`

export interface StandInPortal {
  readonly url: string
  readonly reports: LeftoverReport[]
  readonly dialogs: DialogReport[]
  /** How many visits have finished storing their traces. */
  stored(): number
  close(): Promise<void>
}

export async function startStandInPortal(tls: {
  key: string
  cert: string
}): Promise<StandInPortal> {
  const reports: LeftoverReport[] = []
  const dialogs: DialogReport[] = []
  let stored = 0
  let lastRequestCookie = ''
  const server: Server = createServer(tls, (request, response) => {
    const url = new URL(request.url ?? '/', 'https://127.0.0.1')
    if (url.pathname === '/portal') {
      lastRequestCookie = request.headers.cookie ?? ''
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'set-cookie': 'server-session=abc; Secure; HttpOnly; SameSite=Strict; Max-Age=86400',
      })
      response.end(
        PAGE.replace(
          '<body>',
          `<body data-request-cookie="${encodeURIComponent(lastRequestCookie)}">`,
        ),
      )
    } else if (url.pathname === '/sw.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' })
      response.end("self.addEventListener('fetch', () => undefined);")
    } else if (url.pathname === '/report') {
      reports.push(JSON.parse(url.searchParams.get('found') ?? '{}') as LeftoverReport)
      response.writeHead(204).end()
    } else if (url.pathname === '/dialogs') {
      dialogs.push(JSON.parse(url.searchParams.get('answered') ?? '{}') as DialogReport)
      response.writeHead(204).end()
    } else if (url.pathname === '/stored') {
      stored += 1
      response.writeHead(204).end()
    } else {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `https://127.0.0.1:${port}/portal`,
    reports,
    dialogs,
    stored: () => stored,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
