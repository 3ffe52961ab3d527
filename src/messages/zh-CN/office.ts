/** office: sentences in Chinese (filled in as the office texts move here). */
export const office = {} as const satisfies Readonly<Record<string, string>>;
