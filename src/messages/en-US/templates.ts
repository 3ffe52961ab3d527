import type { templates as zh } from '../zh-CN/templates';

/** templates, key for key with zh-CN. */
export const templates: Readonly<Record<keyof typeof zh, string>> = {};
