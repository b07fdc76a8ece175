import type { z } from 'zod'

import { configChannels } from './config-channels'
import { kioskChannels } from './kiosk-channels'
import { portalChannels, portalEvents } from './portal-channels'
import { sessionChannels, sessionEvents } from './session-channels'
import { staffChannels } from './staff-channels'

/**
 * The whole IPC contract: every channel the UI may invoke, with the zod schema main parses its
 * request with and the schema its response must satisfy. Domains keep their channels in their
 * own `*-channels.ts` file and are merged here; nothing else defines a channel.
 */
export const ipcContract = {
  ...kioskChannels,
  ...configChannels,
  ...sessionChannels,
  ...portalChannels,
  ...staffChannels,
} as const

/** Messages main pushes to the UI (never the other way round). */
export const ipcEvents = {
  ...sessionEvents,
  ...portalEvents,
} as const

export type IpcContract = typeof ipcContract
export type IpcChannel = keyof IpcContract
export type IpcEventName = keyof typeof ipcEvents

/** What the renderer may pass (before parsing, e.g. un-normalised input). */
export type IpcRequest<C extends IpcChannel> = z.input<IpcContract[C]['request']>
/** What a handler in main receives (after parsing). */
export type IpcParsedRequest<C extends IpcChannel> = z.output<IpcContract[C]['request']>
/** What a handler in main returns (before the response schema strips unknown fields). */
export type IpcHandlerResult<C extends IpcChannel> = z.input<IpcContract[C]['response']>
/** What the renderer receives. */
export type IpcResponse<C extends IpcChannel> = z.output<IpcContract[C]['response']>
export type IpcEventPayload<E extends IpcEventName> = z.output<(typeof ipcEvents)[E]>
