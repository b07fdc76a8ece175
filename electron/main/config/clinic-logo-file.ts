import { createHash } from 'node:crypto'
import { dirname, isAbsolute, resolve } from 'node:path'

import {
  inspectLogoImage,
  MAX_LOGO_BYTES,
  type ClinicLogoSetting,
  type PublicClinicLogo,
} from '../../../shared/config/clinic-logo'
import type { ConfigProblem } from '../../../shared/config/kiosk-config'
import type { ReadFile } from './read-config-file'
import { fsErrorCode, isMissingFile } from './file-errors'
import { FileRefusedError, refusedFileText } from './regular-file'

/** The logo as the UI gets it: the checked bytes as a data: URL, and the picture's size. */
export type LoadedLogo = Pick<PublicClinicLogo, 'src' | 'width' | 'height'>

export type LogoRead =
  | { readonly ok: true; readonly logo: LoadedLogo }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] }

/** The logo file a setting names: absolute, or relative to the configuration file's folder. */
export function logoFilePath(setting: ClinicLogoSetting, configPath: string): string {
  return isAbsolute(setting.path) ? setting.path : resolve(dirname(configPath), setting.path)
}

/**
 * Reads and checks the file `clinicLogo` names, when the configuration loads (start-up, live
 * reload, "Check the file again", `npm run check-config`). Every failure is a problem on the
 * locked "not configured" screen — a broken logo never falls back to "no logo", so IT sees it.
 * The hash is checked before the image is looked at: bytes the configuration did not pin are
 * never read as a picture.
 */
export async function readClinicLogo(
  setting: ClinicLogoSetting,
  configPath: string,
  readFile: ReadFile,
): Promise<LogoRead> {
  const path = logoFilePath(setting, configPath)
  let bytes: Uint8Array
  try {
    bytes = await readFile(path, MAX_LOGO_BYTES)
  } catch (error) {
    const code = fsErrorCode(error)
    const refused =
      error instanceof FileRefusedError && error.kind === 'too-large'
        ? `${refusedFileText(error)}: save it smaller (a logo needs far less)`
        : refusedFileText(error)
    return problem(
      'clinicLogo.path',
      isMissingFile(code)
        ? `names ${path}, which does not exist`
        : `names ${path}, which ${refused ?? `cannot be read (${code ?? 'unknown error'})`}`,
    )
  }
  const actual = createHash('sha256').update(bytes).digest('hex')
  if (actual !== setting.sha256.toLowerCase())
    return problem(
      'clinicLogo.sha256',
      `does not match ${path} (its SHA-256 is ${actual}): the image changed, or the hash is wrong`,
    )
  const image = inspectLogoImage(bytes)
  if (!image.ok) return problem('clinicLogo.path', `names ${path}, which ${image.message}`)
  return {
    ok: true,
    logo: {
      src: `data:${image.type};base64,${Buffer.from(bytes).toString('base64')}`,
      width: image.width,
      height: image.height,
    },
  }
}

function problem(path: string, message: string): LogoRead {
  return { ok: false, problems: [{ path, message }] }
}
