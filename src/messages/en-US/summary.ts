import type { summary as zh } from '../zh-CN/summary';

/** summary, key for key with zh-CN. */
export const summary: Readonly<Record<keyof typeof zh, string>> = {};
