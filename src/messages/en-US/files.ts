import type { files as zh } from '../zh-CN/files';

/** files, key for key with zh-CN. */
export const files: Readonly<Record<keyof typeof zh, string>> = {};
