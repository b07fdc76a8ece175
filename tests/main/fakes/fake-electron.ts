/**
 * A typed fake of the parts of electron that main-process modules use. The Electron binary
 * cannot run on CI machines, so each module is tested by handing it these fakes: they record
 * what the module set up, and let a test fire the events Electron would.
 *
 * Each fake is typed against electron.d.ts via `asElectron`, which is the only cast: it says
 * "this object implements the members the module under test touches".
 */
import { EventEmitter } from 'node:events'

import type { BrowserWindowConstructorOptions, Event as ElectronEvent, WebContents } from 'electron'

type Listener = (...args: never[]) => unknown

/** Tells TypeScript a fake stands in for an Electron type (only the members the test needs). */
export function asElectron<T>(fake: object): T {
  return fake as T
}

/** An event object like Electron's: records whether a listener called preventDefault(). */
export function fakeEvent<Extra extends object>(
  extra?: Extra,
): ElectronEvent & Extra & { defaultPrevented: boolean } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    },
    ...extra,
  }
  return event as ElectronEvent & Extra & { defaultPrevented: boolean }
}

/** Cookies of a fake partition: what `cookies.get({})` answers. */
export class FakeCookies {
  readonly jar: { name: string; value: string; domain: string }[] = []
  get(): Promise<{ name: string; value: string; domain: string }[]> {
    return Promise.resolve([...this.jar])
  }
}

type HeadersReceivedListener = (
  details: { resourceType: string; url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { cancel?: boolean; responseHeaders?: Record<string, string[]> }) => void,
) => void

/**
 * `session.webRequest` (docs/api/web-request.md): one listener per event — setting another
 * replaces it, `null` removes it. `respond()` plays a response through `onHeadersReceived` as
 * Electron's ProxyingURLLoaderFactory does (shell/browser/net/proxying_url_loader_factory.cc):
 * the headers the listener calls back with are the ones the page gets; no listener, unchanged.
 */
export class FakeWebRequest {
  headersReceived: HeadersReceivedListener | null = null
  onHeadersReceived(listener: HeadersReceivedListener | null): void {
    this.headersReceived = listener
  }
  respond(details: {
    resourceType: string
    url?: string
    responseHeaders: Record<string, string[]>
  }): { cancel?: boolean; responseHeaders: Record<string, string[]> } {
    const full = { url: 'https://onlineservices.mayoclinic.org/', ...details }
    if (this.headersReceived === null) return { responseHeaders: details.responseHeaders }
    let answer: { cancel?: boolean; responseHeaders?: Record<string, string[]> } | null = null
    this.headersReceived(full, (response) => {
      answer = response
    })
    if (answer === null) throw new Error('onHeadersReceived never called back (the load hangs)')
    const given: { cancel?: boolean; responseHeaders?: Record<string, string[]> } = answer
    return { ...given, responseHeaders: given.responseHeaders ?? details.responseHeaders }
  }
}

/**
 * Records calls in order into `journal` (shared between fakes when a test checks a sequence).
 * `failing` names methods that reject, to test failure paths.
 */
export class FakeSession extends EventEmitter {
  readonly cookies = new FakeCookies()
  readonly webRequest = new FakeWebRequest()
  readonly failing = new Set<string>()
  /** Methods that never settle (a hung clearData), to test step time-outs. */
  readonly hanging = new Set<string>()
  constructor(
    readonly partition = '',
    readonly journal: string[] = [],
  ) {
    super()
  }
  private step(name: string, effect?: () => void): Promise<void> {
    this.journal.push(`${name}:${this.partition}`)
    if (this.hanging.has(name)) return new Promise(() => undefined)
    if (this.failing.has(name)) return Promise.reject(new Error(`${name} failed`))
    effect?.()
    return Promise.resolve()
  }
  clearData(): Promise<void> {
    return this.step('clearData', () => {
      this.cookies.jar.length = 0
    })
  }
  clearStorageData(): Promise<void> {
    return this.step('clearStorageData', () => {
      this.cookies.jar.length = 0
    })
  }
  clearCache(): Promise<void> {
    return this.step('clearCache')
  }
  clearAuthCache(): Promise<void> {
    return this.step('clearAuthCache')
  }
  permissionRequestHandler:
    | ((
        contents: unknown,
        permission: string,
        callback: (granted: boolean) => void,
        details: unknown,
      ) => void)
    | null = null
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null
  displayMediaRequestHandler:
    ((request: unknown, callback: (streams: unknown) => void) => void) | null = null
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler
  }
  setDisplayMediaRequestHandler(handler: FakeSession['displayMediaRequestHandler']): void {
    this.displayMediaRequestHandler = handler
  }
}

let nextContentsId = 1

/**
 * `webContents.debugger` (docs/api/debugger.md; shell/browser/api/electron_api_debugger.cc): one
 * client per webContents — `attach()` throws "Another debugger is already attached" when one
 * is; `sendCommand` rejects while detached; events arrive as `message` (event, method, params,
 * sessionId), and `detach` (event, reason) when the session ends.
 */
export class FakeDebugger extends EventEmitter {
  attached = false
  /** Set to make attach() throw as Electron does when another client holds the target. */
  attachThrows = false
  readonly commands: { method: string; params: unknown; sessionId?: string }[] = []
  /** The next attach() anywhere throws (for code that creates its webContents itself). */
  static failNextAttach = false
  /** The next debugger attached anywhere holds its answers (see holdAnswers). */
  static holdNextAnswers = false
  attach(): void {
    const failNow = FakeDebugger.failNextAttach
    FakeDebugger.failNextAttach = false
    if (FakeDebugger.holdNextAnswers && !failNow && !this.attachThrows) {
      FakeDebugger.holdNextAnswers = false
      this.holdAnswers = true
    }
    if (this.attached || this.attachThrows || failNow)
      throw new Error('Another debugger is already attached')
    this.attached = true
  }
  isAttached(): boolean {
    return this.attached
  }
  /**
   * Commands the target answers with a protocol error, keyed `method` or `method@sessionId`.
   * Electron rejects the promise with the error's message (DispatchProtocolMessage in
   * shell/browser/api/electron_api_debugger.cc).
   */
  readonly failing = new Set<string>()
  /** Set to keep answers back (a busy target) until answerHeld(). */
  holdAnswers = false
  private readonly pending: { resolve: (value: unknown) => void; reject: (e: Error) => void }[] = []
  /** Answers every held command. */
  answerHeld(): void {
    for (const request of this.pending.splice(0)) request.resolve({})
  }
  /**
   * `detach` (event, reason): 'target closed' when the webContents goes away. Electron first
   * rejects every unanswered command ("target closed while handling command": AgentHostClosed →
   * ClearPendingRequests in shell/browser/api/electron_api_debugger.cc), then emits `detach`.
   */
  detach(reason = 'target closed'): void {
    if (!this.attached) return
    this.attached = false
    for (const request of this.pending.splice(0))
      request.reject(new Error('target closed while handling command'))
    this.emit('detach', fakeEvent(), reason)
  }
  sendCommand(method: string, params?: unknown, sessionId?: string): Promise<unknown> {
    if (!this.attached) return Promise.reject(new Error('No target available'))
    this.commands.push(sessionId === undefined ? { method, params } : { method, params, sessionId })
    if (this.failing.has(method) || this.failing.has(`${method}@${sessionId ?? ''}`))
      return Promise.reject(new Error(`${method} failed`))
    if (this.holdAnswers)
      return new Promise((resolve, reject) => this.pending.push({ resolve, reject }))
    return Promise.resolve({})
  }
  /** A CDP event, as Chromium would deliver it (e.g. `Page.fileChooserOpened`). */
  deliver(method: string, params: unknown, sessionId?: string): void {
    this.emit('message', fakeEvent(), method, params, sessionId)
  }
}

/**
 * A WebFrameMain (docs/api/web-frame-main.md): its origin, its process, the frames below it, and
 * `executeJavaScript` in the page's main world.
 */
export class FakeWebFrameMain {
  readonly scripts: string[] = []
  readonly children: FakeWebFrameMain[] = []
  detached = false
  constructor(
    readonly url: string,
    readonly processId = 1,
    readonly parent: FakeWebFrameMain | null = null,
  ) {
    parent?.children.push(this)
  }
  get origin(): string {
    return new URL(this.url).origin
  }
  get top(): FakeWebFrameMain {
    return this.parent === null ? this : this.parent.top
  }
  /** `framesInSubtree`: this frame and every descendant. */
  get framesInSubtree(): FakeWebFrameMain[] {
    return [this, ...this.children.flatMap((child) => child.framesInSubtree)]
  }
  executeJavaScript(code: string): Promise<unknown> {
    if (this.detached) return Promise.reject(new Error('Render frame was disposed'))
    this.scripts.push(code)
    return Promise.resolve(undefined)
  }
}

/** Input types Electron treats as keyboard (`PreHandleKeyboardEvent` sees only these). */
const KEYBOARD_INPUT_TYPES = new Set(['rawKeyDown', 'keyDown', 'keyUp', 'char'])

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++
  readonly session: FakeSession
  readonly loaded: string[] = []
  readonly inserted: string[] = []
  readonly inputEvents: { type: string; keyCode: string; modifiers?: string[] }[] = []
  readonly isolatedScripts: { worldId: number; code: string }[] = []
  /** What executeJavaScriptInIsolatedWorld resolves to. */
  scriptResult: unknown = 0
  destroyed = false
  reloads = 0
  crashedOnPurpose = false
  constructor(session?: FakeSession) {
    super()
    this.session = session ?? new FakeSession()
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url)
    this.lifecycleJournal.push(`load ${url}`)
    this.crashed = false
    return Promise.resolve()
  }
  reload(): void {
    this.reloads += 1
  }
  /** Like Electron: closing destroys the contents asynchronously, then emits 'destroyed'. */
  close(): void {
    queueMicrotask(() => {
      // docs/api/debugger.md: the debugging session ends when the webContents is closed.
      this.debugger.detach('target closed')
      this.destroyed = true
      this.emit('destroyed')
    })
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  /**
   * Electron's InsertText hands the text to the focused frame's input handler without a null
   * check (shell/browser/api/electron_api_web_contents.cc); with nothing focused the real call
   * can take the page down, so the fake refuses loudly.
   */
  insertText(text: string): Promise<void> {
    if (this.focusedFrame === null) throw new Error('insertText with no focused frame')
    this.inserted.push(text)
    return Promise.resolve()
  }
  sendInputEvent(event: { type: string; keyCode: string; modifiers?: string[] }): void {
    this.inputEvents.push(event)
  }
  executeJavaScriptInIsolatedWorld(worldId: number, scripts: { code: string }[]): Promise<unknown> {
    for (const script of scripts) this.isolatedScripts.push({ worldId, code: script.code })
    return Promise.resolve(this.scriptResult)
  }
  /** Order of crash/load calls, to check a reload waits for the old renderer to be gone. */
  readonly lifecycleJournal: string[] = []
  /** Set false to model a kill whose `render-process-gone` never arrives (time-out path). */
  deliversGoneAfterKill = true
  /**
   * Like Electron on Linux: the kill is asynchronous (`forcefullyCrashRenderer` posts the
   * termination, shell/browser/api/electron_api_web_contents.cc), so `render-process-gone`
   * arrives later — never inside the call.
   */
  forcefullyCrashRenderer(): void {
    this.crashedOnPurpose = true
    this.lifecycleJournal.push('kill')
    if (!this.deliversGoneAfterKill) return
    queueMicrotask(() => {
      this.crashed = true
      this.lifecycleJournal.push('gone')
      this.emit('render-process-gone', fakeEvent(), { reason: 'killed', exitCode: 0 })
    })
  }
  /**
   * Input as Electron reports it (shell/browser/api/electron_api_web_contents.cc):
   * `before-input-event` comes from `PreHandleKeyboardEvent`, so keyboard events only, and can
   * be prevented; `input-event` (docs/api/web-contents.md, "Event: 'input-event'") is emitted
   * for every input type — touch, gesture, wheel, mouse and keys.
   */
  simulateInput(input: { type: string; key?: string }): void {
    if (KEYBOARD_INPUT_TYPES.has(input.type)) {
      const event = fakeEvent()
      this.emit('before-input-event', event, { key: '', ...input })
      if (event.defaultPrevented) return
    }
    this.emit('input-event', fakeEvent(), input)
  }
  /**
   * A console message from a frame of the page: Electron 45 emits `console-message` with one
   * details object (`message`, `level`, `frame`…; docs/api/web-contents.md, "Event:
   * 'console-message'") for every frame of the contents.
   */
  logToConsole(message: string, frame: FakeWebFrameMain = this.mainFrame): void {
    this.emit('console-message', fakeEvent({ message, level: 'info', lineNumber: 1, frame }))
  }
  /**
   * `did-start-navigation` (event with `url`, `isMainFrame`, `isSameDocument`, `frame`), for
   * every navigation of every frame, browser-initiated ones included (EmitNavigationEvent in
   * shell/browser/api/electron_api_web_contents.cc, from WebContentsObserver::DidStartNavigation).
   */
  startNavigation(url: string, isMainFrame = false): void {
    this.emit('did-start-navigation', fakeEvent({ url, isMainFrame, isSameDocument: false }))
  }
  readonly debugger = new FakeDebugger()
  readonly mainFrame = new FakeWebFrameMain('https://onlineservices.mayoclinic.org/')
  /** Whether the webContents has focus (`focus()`; a WebContentsView starts unfocused). */
  hasFocus = false
  /** Where focus sits inside the page once the webContents is focused (main frame by default). */
  focusInside: FakeWebFrameMain | null | undefined = undefined
  focus(): void {
    this.hasFocus = true
  }
  /** `focusedFrame` (docs/api/web-contents.md): null while the contents has no focus. */
  get focusedFrame(): FakeWebFrameMain | null {
    if (!this.hasFocus) return null
    return this.focusInside === undefined ? this.mainFrame : this.focusInside
  }
  crashed = false
  isCrashed(): boolean {
    return this.crashed
  }
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  zoomLimits: [number, number] | null = null
  /** docs/api/web-contents.md `getZoomFactor()`: zoom percent divided by 100 (1 by default). */
  zoomFactor = 1
  getZoomFactor(): number {
    return this.zoomFactor
  }
  readonly sent: { channel: string; payload: unknown }[] = []
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler
  }
  setVisualZoomLevelLimits(min: number, max: number): Promise<void> {
    this.zoomLimits = [min, max]
    return Promise.resolve()
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }
  asWebContents(): WebContents {
    return asElectron<WebContents>(this)
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  shown = false
  menuRemoved = false
  /** The client area in DIP (`getContentSize()`), from the options' width and height. */
  contentSize: [number, number]
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super()
    this.contentSize = [options.width ?? 800, options.height ?? 600]
    FakeBrowserWindow.created.push(this)
  }
  /** docs/api/browser-window.md: "Contains the window's client area's width and height." */
  getContentSize(): number[] {
    return [...this.contentSize]
  }
  /**
   * A resize from outside (an orientation or resolution change, the window manager): Electron
   * emits 'resize' "after the window has been resized" (docs/api/browser-window.md).
   */
  simulateResize(width: number, height: number): void {
    this.contentSize = [width, height]
    this.emit('resize')
  }
  show(): void {
    this.shown = true
  }
  removeMenu(): void {
    this.menuRemoved = true
  }
}

/**
 * `app.commandLine` (docs/api/command-line.md): `appendSwitch(switch[, value])` adds a Chromium
 * switch (it does not change `process.argv`), `hasSwitch` / `getSwitchValue` read switches
 * given on the real command line or appended. Switches read by Chromium at start-up must be
 * appended before `ready` (docs/api/command-line-switches.md), so each records whether it was.
 */
export class FakeCommandLine {
  readonly switches = new Map<string, { value: string; beforeReady: boolean }>()
  constructor(private readonly isReady: () => boolean) {}
  appendSwitch(name: string, value = ''): void {
    this.switches.set(name, { value, beforeReady: !this.isReady() })
  }
  hasSwitch(name: string): boolean {
    return this.switches.has(name)
  }
  getSwitchValue(name: string): string {
    return this.switches.get(name)?.value ?? ''
  }
}

export class FakeApp extends EventEmitter {
  /** How many times the app really ended (a quit nobody prevented). */
  exits = 0
  /** Set by `becomeReady()`, as Electron emits `ready` once. */
  ready = false
  readonly commandLine = new FakeCommandLine(() => this.ready)
  becomeReady(): void {
    this.ready = true
    this.emit('ready')
  }
  /**
   * `app.quit()` (docs/api/app.md): `before-quit` first, and `preventDefault()` there stops the
   * quit; then (windows closed) `will-quit`, which can also be prevented; then the app ends.
   */
  quit(): void {
    const before = fakeEvent()
    this.emit('before-quit', before)
    if (before.defaultPrevented) return
    const will = fakeEvent()
    this.emit('will-quit', will)
    if (!will.defaultPrevented) this.exits += 1
  }
  /** Simulates Electron creating a webContents (window, view, devtools...). */
  createWebContents(): FakeWebContents {
    const contents = new FakeWebContents()
    this.emit('web-contents-created', fakeEvent(), contents)
    return contents
  }
}

/**
 * `Menu`'s application menu as Electron manages it: at `will-finish-launching` it installs its
 * default menu (with DevTools and reload accelerators) unless the app called
 * `setApplicationMenu` before (lib/browser/default-menu.ts, `applicationMenuWasSet`, set by
 * `Menu.setApplicationMenu` in lib/browser/api/menu.ts).
 */
export class FakeMenu {
  applicationMenu: 'default' | object | null = null
  private wasSet = false
  setApplicationMenu(menu: object | null): void {
    this.wasSet = true
    this.applicationMenu = menu
  }
  getApplicationMenu(): 'default' | object | null {
    return this.applicationMenu
  }
  /** What Electron's init does on `will-finish-launching` (setDefaultApplicationMenu). */
  finishLaunching(): void {
    if (!this.wasSet) this.applicationMenu = 'default'
  }
}

export type IpcListener = (event: unknown, ...args: unknown[]) => unknown

export class FakeIpcMain {
  readonly handlers = new Map<string, IpcListener>()
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, listener as IpcListener)
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }
  /** Calls a handler the way ipcRenderer.invoke would, from the given sender. */
  async invoke(channel: string, event: unknown, payload: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`)
    return handler(event, payload)
  }
}

/** An IpcMainInvokeEvent from a frame at `url` in the given webContents. */
export function fakeInvokeEvent(
  options:
    | { contentsId: number; url: string; isMainFrame?: boolean }
    | { frame: null; contentsId: number },
) {
  if ('frame' in options) return { sender: { id: options.contentsId }, senderFrame: null }
  const top = { url: options.url, parent: null }
  const frame = options.isMainFrame === false ? { url: options.url, parent: top } : top
  return { sender: { id: options.contentsId }, senderFrame: frame }
}

/** A WebContentsView: the created view's options, bounds and visibility. */
export class FakeWebContentsView extends EventEmitter {
  static created: FakeWebContentsView[] = []
  readonly webContents: FakeWebContents
  bounds: { x: number; y: number; width: number; height: number } | null = null
  visible = true
  constructor(
    readonly options: { webPreferences?: Record<string, unknown> },
    session?: FakeSession,
  ) {
    super()
    this.webContents = new FakeWebContents(session)
    FakeWebContentsView.created.push(this)
  }
  setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
    this.bounds = bounds
  }
  setVisible(visible: boolean): void {
    this.visible = visible
  }
}

/** `window.contentView`: the views stacked in the kiosk window. */
export class FakeContentView {
  readonly children: object[] = []
  addChildView(view: object): void {
    this.children.push(view)
  }
  removeChildView(view: object): void {
    const index = this.children.indexOf(view)
    if (index >= 0) this.children.splice(index, 1)
  }
}

/** In-memory partitions, as `session.fromPartition` would return them (one per name). */
export class FakeSessions {
  readonly byPartition = new Map<string, FakeSession>()
  constructor(readonly journal: string[] = []) {}
  fromPartition(partition: string): FakeSession {
    let found = this.byPartition.get(partition)
    if (found === undefined) {
      found = new FakeSession(partition, this.journal)
      this.byPartition.set(partition, found)
    }
    return found
  }
}

/** Electron 45's clipboard: async reads, `selection` for the X11 primary selection. */
export class FakeClipboard {
  text = ''
  /** Set to keep text after clear() (a clipboard manager restoring it), to test verification. */
  stubborn = false
  readonly selection: FakeClipboard | undefined
  constructor(
    readonly journal: string[] = [],
    readonly name = 'clipboard',
  ) {
    this.selection = name === 'clipboard' ? new FakeClipboard(journal, 'selection') : undefined
  }
  clear(): void {
    this.journal.push(`${this.name}.clear`)
    if (!this.stubborn) this.text = ''
  }
  readText(): Promise<string> {
    return Promise.resolve(this.text)
  }
  writeText(text: string): Promise<void> {
    this.text = text
    return Promise.resolve()
  }
}

export class FakePowerSaveBlocker {
  private nextId = 1
  readonly active = new Map<number, string>()
  start(type: string): number {
    const id = this.nextId++
    this.active.set(id, type)
    return id
  }
  stop(id: number): boolean {
    return this.active.delete(id)
  }
  isStarted(id: number): boolean {
    return this.active.has(id)
  }
}
