/**
 * Caps that keep a hostile or broken file from hanging PlanDesk or eating memory.
 * A real appendix table is far below every one of them.
 */
export const LIMITS = {
  /** the file itself */
  maxFileBytes: 100 * 1024 * 1024,
  /** sum of the uncompressed sizes declared in the zip directory */
  maxTotalUncompressed: 200 * 1024 * 1024,
  /** one XML part (a worksheet, word/document.xml, sharedStrings.xml) */
  maxPartUncompressed: 120 * 1024 * 1024,
  /** uncompressed / compressed for one entry above this is a zip bomb */
  maxCompressionRatio: 200,
  /** below this size a high ratio is harmless (small XML compresses very well) */
  ratioCheckAbove: 1024 * 1024,
  maxZipEntries: 5000,
  maxTables: 60,
  maxRowsPerTable: 100_000,
  maxColumns: 200,
  maxCellsPerFile: 3_000_000,
  /** Excel's own limit for one cell */
  maxCellText: 32_767,
  /** time the worker may spend on one file */
  workerTimeoutMs: 120_000,
  /** heap of the worker that reads and parses (the main process stays small) */
  workerHeapMb: 384,
} as const;
