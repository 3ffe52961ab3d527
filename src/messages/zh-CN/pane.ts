/** pane: sentences in Chinese (filled in as the pane texts move here). */
export const pane = {} as const satisfies Readonly<Record<string, string>>;
