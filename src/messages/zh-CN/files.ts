/** files: sentences in Chinese (filled in as the files texts move here). */
export const files = {} as const satisfies Readonly<Record<string, string>>;
