import { create } from 'qrcode'
import { useMemo } from 'react'

export interface QrCodeProps {
  /** What the code encodes. Only public addresses: never anything about the patient. */
  readonly value: string
  /** Describes the code for screen readers, e.g. "QR code of the address …". */
  readonly label: string
}

const QUIET_ZONE = 4

/**
 * A QR code drawn as SVG by React, computed locally (no network, no canvas, no inline style,
 * so it fits the strict CSP). Always dark on light: phone cameras expect that, whatever the theme.
 */
export function QrCode({ value, label }: QrCodeProps) {
  const { size, path } = useMemo(() => {
    const { modules } = create(value, { errorCorrectionLevel: 'M' })
    const commands: string[] = []
    for (let row = 0; row < modules.size; row++) {
      for (let column = 0; column < modules.size; column++) {
        if (modules.get(row, column))
          commands.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`)
      }
    }
    return { size: modules.size + QUIET_ZONE * 2, path: commands.join('') }
  }, [value])
  return (
    <svg
      role="img"
      aria-label={label}
      className="kiosk-qr"
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  )
}
