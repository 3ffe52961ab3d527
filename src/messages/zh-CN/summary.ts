/** summary: sentences in Chinese (filled in as the summary texts move here). */
export const summary = {} as const satisfies Readonly<Record<string, string>>;
