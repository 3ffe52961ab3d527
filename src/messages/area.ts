/** One sentence in both languages, side by side, so that neither is added without the other. */
export interface Sentence {
  readonly zh: string;
  readonly en: string;
}

/** An area of the catalogue: its ids with their sentences, the ids kept as literal types. */
export const area = <const T extends Readonly<Record<string, Sentence>>>(sentences: T): T => sentences;
