import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'

/**
 * A local OTLP/HTTP receiver on 127.0.0.1 for tests. It decodes what the kiosk sends with the
 * protobuf classes generated from the official opentelemetry-proto definitions (shipped by
 * @opentelemetry/otlp-transformer 0.52, installed as `otlp-proto-definitions`) — a decoder no one
 * here wrote and independent of the exporter's own hand-written encoder in 0.223. A payload that
 * does not decode fails the request with 400 and is kept in `rejected`.
 *
 * Why not a real Collector: Debian 12 has no OpenTelemetry Collector package and its Prometheus
 * (2.42) predates the OTLP receiver (2.47); npm has no Collector binary. See docs/clinic-it.md,
 * "Deploying a fleet".
 */

interface ProtoMessageType {
  decode(bytes: Uint8Array): object
  toObject(message: object, options: Record<string, unknown>): unknown
  encode(message: object): { finish(): Uint8Array }
  create(properties: object): object
}
interface CollectorService {
  readonly v1: Record<string, ProtoMessageType>
}
interface ProtoRoot {
  readonly opentelemetry: {
    readonly proto: { readonly collector: { metrics: CollectorService; logs: CollectorService } }
  }
}

const require = createRequire(import.meta.url)
const root = require('otlp-proto-definitions/build/src/generated/root.js') as ProtoRoot
const collector = root.opentelemetry.proto.collector

const services = {
  '/v1/metrics': {
    request: collector.metrics.v1['ExportMetricsServiceRequest'],
    response: collector.metrics.v1['ExportMetricsServiceResponse'],
  },
  '/v1/logs': {
    request: collector.logs.v1['ExportLogsServiceRequest'],
    response: collector.logs.v1['ExportLogsServiceResponse'],
  },
} as const

export type OtlpPath = keyof typeof services

const emptyReply = (path: OtlpPath): Buffer => {
  const type = services[path].response
  return Buffer.from(type.encode(type.create({})).finish())
}

/** Decoded OTLP as protobufjs writes it: plain objects, 64-bit numbers as strings. */
export type Decoded = Record<string, unknown>

export interface ReceivedRequest {
  readonly path: OtlpPath
  readonly contentType: string | undefined
  readonly headers: IncomingMessage['headers']
  readonly raw: Buffer
  readonly decoded: Decoded
}

/** What the receiver answers: a status code, or "hang" (never answer). */
export type Reply = number | 'hang'

export interface OtlpReceiver {
  readonly endpoint: string
  readonly received: ReceivedRequest[]
  readonly rejected: Buffer[]
  /** Requests seen, answered or not (including failed attempts). */
  readonly attempts: OtlpPath[]
  reply: (path: OtlpPath, attempt: number) => Reply
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>
  /** Answers every request held by "hang" with an empty success. */
  release(): void
  close(): Promise<void>
}

export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const hanging: { path: OtlpPath; response: ServerResponse }[] = []
  const receiver: Omit<OtlpReceiver, 'endpoint' | 'close' | 'release'> & { endpoint: string } = {
    endpoint: '',
    received: [],
    rejected: [],
    attempts: [],
    reply: () => 200,
    async waitFor(predicate, timeoutMs = 8000) {
      const until = Date.now() + timeoutMs
      while (!predicate()) {
        if (Date.now() > until) throw new Error('the receiver did not get what was expected')
        await new Promise((done) => setTimeout(done, 25))
      }
    },
  }
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const path = request.url as OtlpPath
      const service = services[path] as (typeof services)[OtlpPath] | undefined
      if (request.method !== 'POST' || service === undefined) {
        response.writeHead(404).end()
        return
      }
      receiver.attempts.push(path)
      const attempt = receiver.attempts.filter((seen) => seen === path).length
      const reply = receiver.reply(path, attempt)
      if (reply === 'hang') {
        hanging.push({ path, response })
        return
      }
      if (reply !== 200) {
        response.writeHead(reply).end()
        return
      }
      const raw = Buffer.concat(chunks)
      let decoded: Decoded
      try {
        decoded = service.request.toObject(service.request.decode(raw), {
          longs: String,
          enums: String,
          bytes: String,
          arrays: true,
        }) as Decoded
      } catch {
        receiver.rejected.push(raw)
        response.writeHead(400).end()
        return
      }
      receiver.received.push({
        path,
        contentType: request.headers['content-type'],
        headers: request.headers,
        raw,
        decoded,
      })
      response.writeHead(200, { 'content-type': 'application/x-protobuf' }).end(emptyReply(path))
    })
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  const { port } = server.address() as AddressInfo
  receiver.endpoint = `http://127.0.0.1:${port}`
  return {
    ...receiver,
    get reply() {
      return receiver.reply
    },
    set reply(value) {
      receiver.reply = value
    },
    release() {
      for (const { path, response } of hanging.splice(0))
        response.writeHead(200, { 'content-type': 'application/x-protobuf' }).end(emptyReply(path))
    },
    async close() {
      for (const { response } of hanging.splice(0)) response.destroy()
      server.closeAllConnections()
      await new Promise((closed) => server.close(closed))
    },
  }
}

/** One data point of one metric, flattened: name, resource and point attributes, value. */
export interface MetricPoint {
  readonly name: string
  readonly resource: Record<string, string>
  readonly attributes: Record<string, string>
  /** Counter/gauge value, or a histogram's count. */
  readonly value: number
  readonly sum?: number
}

interface KeyValue {
  key: string
  value: { stringValue?: string; intValue?: string; boolValue?: boolean; doubleValue?: number }
}

function flatAttributes(list: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  for (const { key, value } of (list ?? []) as KeyValue[])
    out[key] = String(value.stringValue ?? value.intValue ?? value.boolValue ?? value.doubleValue)
  return out
}

interface DataPoint {
  attributes?: KeyValue[]
  asInt?: string
  asDouble?: number
  count?: string
  sum?: number
}
interface Metric {
  name: string
  sum?: { dataPoints: DataPoint[] }
  gauge?: { dataPoints: DataPoint[] }
  histogram?: { dataPoints: DataPoint[] }
}

/** Every data point the receiver got, oldest first. */
export function metricPoints(receiver: Pick<OtlpReceiver, 'received'>): MetricPoint[] {
  return receiver.received
    .filter((request) => request.path === '/v1/metrics')
    .flatMap((request) =>
      ((request.decoded['resourceMetrics'] ?? []) as Decoded[]).flatMap((resourceMetrics) => {
        const resource = flatAttributes((resourceMetrics['resource'] as Decoded)['attributes'])
        return ((resourceMetrics['scopeMetrics'] ?? []) as Decoded[]).flatMap((scope) =>
          ((scope['metrics'] ?? []) as Metric[]).flatMap((metric) => {
            const points = (metric.sum ?? metric.gauge ?? metric.histogram)?.dataPoints ?? []
            return points.map((point) => ({
              name: metric.name,
              resource,
              attributes: flatAttributes(point.attributes),
              value: Number(point.asInt ?? point.asDouble ?? point.count ?? 0),
              ...(point.sum === undefined ? {} : { sum: point.sum }),
            }))
          }),
        )
      }),
    )
}

/** The latest value per metric name and attribute set (cumulative counters: the last one). */
export function latest(receiver: Pick<OtlpReceiver, 'received'>, name: string): MetricPoint[] {
  const byAttributes = new Map<string, MetricPoint>()
  for (const point of metricPoints(receiver).filter((p) => p.name === name))
    byAttributes.set(JSON.stringify(point.attributes), point)
  return [...byAttributes.values()]
}

/**
 * One log record. Its `event_name` field (OTLP 1.5+) is newer than these definitions, so
 * protobufjs skips it; the kiosk also names the alert in the `kiosk.alert` attribute.
 */
export interface LogEvent {
  readonly severityText: string
  readonly severityNumber: string
  readonly body: string
  readonly attributes: Record<string, string>
  readonly resource: Record<string, string>
}

export function logEvents(receiver: Pick<OtlpReceiver, 'received'>): LogEvent[] {
  return receiver.received
    .filter((request) => request.path === '/v1/logs')
    .flatMap((request) =>
      ((request.decoded['resourceLogs'] ?? []) as Decoded[]).flatMap((resourceLogs) => {
        const resource = flatAttributes((resourceLogs['resource'] as Decoded)['attributes'])
        return ((resourceLogs['scopeLogs'] ?? []) as Decoded[]).flatMap((scope) =>
          ((scope['logRecords'] ?? []) as Decoded[]).map((record) => ({
            severityText: String(record['severityText'] ?? ''),
            severityNumber: String(record['severityNumber'] ?? ''),
            body: String((record['body'] as Decoded | undefined)?.['stringValue'] ?? ''),
            attributes: flatAttributes(record['attributes']),
            resource,
          })),
        )
      }),
    )
}
