import type { profiles as zh } from '../zh-CN/profiles';

/** profiles, key for key with zh-CN. */
export const profiles: Readonly<Record<keyof typeof zh, string>> = {};
