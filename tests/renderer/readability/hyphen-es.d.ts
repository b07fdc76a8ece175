// The hyphen package ships no types (they live in @types/hyphen); only this entry point is used.
declare module 'hyphen/es' {
  export function hyphenateSync(
    text: string,
    options?: { hyphenChar?: string; minWordLength?: number },
  ): string
}
