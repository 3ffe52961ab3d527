import type { office as zh } from '../zh-CN/office';

/** office, key for key with zh-CN. */
export const office: Readonly<Record<keyof typeof zh, string>> = {};
