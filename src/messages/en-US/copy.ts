import type { copy as zh } from '../zh-CN/copy';

/** copy, key for key with zh-CN. */
export const copy: Readonly<Record<keyof typeof zh, string>> = {};
