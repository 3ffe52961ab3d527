/** cli: sentences in Chinese (filled in as the cli texts move here). */
export const cli = {} as const satisfies Readonly<Record<string, string>>;
