import type { pane as zh } from '../zh-CN/pane';

/** pane, key for key with zh-CN. */
export const pane: Readonly<Record<keyof typeof zh, string>> = {};
