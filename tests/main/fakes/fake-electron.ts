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

export class FakeSession {
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

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++
  readonly session = new FakeSession()
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  zoomLimits: [number, number] | null = null
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
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super()
    FakeBrowserWindow.created.push(this)
  }
  show(): void {
    this.shown = true
  }
  removeMenu(): void {
    this.menuRemoved = true
  }
}

export class FakeApp extends EventEmitter {
  /** Simulates Electron creating a webContents (window, view, devtools...). */
  createWebContents(): FakeWebContents {
    const contents = new FakeWebContents()
    this.emit('web-contents-created', fakeEvent(), contents)
    return contents
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
