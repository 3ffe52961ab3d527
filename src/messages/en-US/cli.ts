import type { cli as zh } from '../zh-CN/cli';

/** cli, key for key with zh-CN. */
export const cli: Readonly<Record<keyof typeof zh, string>> = {};
