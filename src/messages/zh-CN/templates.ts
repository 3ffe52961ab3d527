/** templates: sentences in Chinese (filled in as the templates texts move here). */
export const templates = {} as const satisfies Readonly<Record<string, string>>;
