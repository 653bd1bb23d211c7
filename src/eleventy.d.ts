// Eleventy ships no type declarations; this is the part of its API we use.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    write(): Promise<unknown>;
    /** Silences Eleventy's console output, its "Wrote N files" summary included. */
    disableLogger(): void;
  }
}
