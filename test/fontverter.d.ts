// fontverter 2 ships no types: the one function test/fonts.test.ts uses.
declare module 'fontverter' {
  export function convert(font: Uint8Array, toFormat: 'sfnt' | 'woff' | 'woff2' | 'truetype', fromFormat?: string): Promise<Uint8Array>;
}
