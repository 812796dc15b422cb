/**
 * What the main thread hands the export worker: plain data only (the documents already
 * laid out from one read of the database, the format settings and the file names), so
 * the worker needs no database and the bytes depend on nothing read later.
 */
import type { FormatSettings } from '../format-schema';
import type { OfficialDocument } from '../model';

export interface RenderFile {
  fileName: string;
  mime: string;
  /** docx: the whole document; xlsx: its appendix tables */
  kind: 'docx' | 'xlsx';
  document: OfficialDocument;
  /** workbook title (xlsx) */
  title: string;
}

export interface RenderJob {
  format: FormatSettings;
  files: RenderFile[];
}

/** read the data → build the Word document → build the Excel appendices → write the files */
export type ExportStage = 'read' | 'docx' | 'xlsx' | 'write';

export interface ExportProgress {
  stage: ExportStage;
  /** 0–100 within the stage, or null where the stage cannot be measured */
  percent: number | null;
}

export type ProgressSink = (p: ExportProgress) => void;

export interface RenderedFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}
