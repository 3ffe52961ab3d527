/** What opening one workbook may cost: a setting, with defaults far above any real submission. */
export interface LoadLimits {
  /** Largest file accepted, in bytes. */
  readonly maxFileBytes: number;
  /** Largest total of the unpacked parts, in bytes. */
  readonly maxUnpackedBytes: number;
  /** Highest unpacked/packed ratio of one part (parts under 1 MiB unpacked are exempt). */
  readonly maxRatio: number;
  /** Most cells in the workbook, counting rows and each cell of merged and validated ranges too. */
  readonly maxCells: number;
  /** Most parts in the zip. */
  readonly maxEntries: number;
  /** Most merged ranges in the workbook (ExcelJS's merge check is quadratic: 10 000 take 8 s). */
  readonly maxMerges: number;
}

export const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: LoadLimits = {
  maxFileBytes: 50 * MIB,
  maxUnpackedBytes: 300 * MIB,
  maxRatio: 200,
  maxCells: 400_000,
  maxEntries: 10_000,
  maxMerges: 5_000,
};
