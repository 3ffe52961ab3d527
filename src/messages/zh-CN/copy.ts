/** copy: sentences in Chinese (filled in as the copy texts move here). */
export const copy = {} as const satisfies Readonly<Record<string, string>>;
