import { describe, expect, it } from 'vitest'

import { fsErrorCode, isMissingFile } from '../../../electron/main/config/file-errors'

describe('fs error codes', () => {
  it('reads the errno code Node puts on a failed fs call', () => {
    const error = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    expect(fsErrorCode(error)).toBe('EACCES')
  })

  it('has no code for anything else', () => {
    expect(fsErrorCode(new Error('plain'))).toBeUndefined()
    expect(fsErrorCode('ENOENT')).toBeUndefined()
    expect(fsErrorCode(null)).toBeUndefined()
  })

  it('counts a missing file and a file where a folder should be as missing, nothing else', () => {
    expect(isMissingFile('ENOENT')).toBe(true)
    expect(isMissingFile('ENOTDIR')).toBe(true)
    expect(isMissingFile('EACCES')).toBe(false)
    expect(isMissingFile('EISDIR')).toBe(false)
    expect(isMissingFile(undefined)).toBe(false)
  })
})
