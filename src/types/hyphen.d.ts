/** The Dutch patterns of the `hyphen` package (Liang's algorithm, TeX patterns); the package ships no types. */
declare module 'hyphen/nl' {
  interface Options {
    /** Words shorter than this are left whole (default 5). */
    minWordLength?: number;
    /** Default: the soft hyphen U+00AD. */
    hyphenChar?: string;
    debug?: boolean;
    exceptions?: string[];
    html?: boolean;
  }
  /** A CommonJS module: import its default export. */
  const hyphen: {
    hyphenate(text: string, options?: Options): Promise<string>;
    hyphenateSync(text: string, options?: Options): string;
  };
  export default hyphen;
}
