/** profiles: sentences in Chinese (filled in as the profiles texts move here). */
export const profiles = {} as const satisfies Readonly<Record<string, string>>;
