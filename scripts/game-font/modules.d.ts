// Types for the font tools' untyped CommonJS packages (only what the game-font build uses).
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    keepFeatures?: string[];
    noHinting?: boolean;
  }
  function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
  export default subsetFont;
}

declare module 'fontverter' {
  const fontverter: {
    convert(font: Buffer, to: 'truetype' | 'sfnt' | 'woff' | 'woff2', from?: string): Promise<Buffer>;
    detectFormat(font: Buffer): 'sfnt' | 'woff' | 'woff2';
  };
  export default fontverter;
}
