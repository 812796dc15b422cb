/**
 * Turn a RenderJob into file bytes (Word with docx, Excel with exceljs), reporting how far
 * each file has got. Pure CPU work on plain data: it runs in the export worker thread
 * (run-worker.ts), never on the thread that serves requests.
 */
import { writeDocx } from '../docx/write';
import { writeXlsx } from '../xlsx/write';
import type { ProgressSink, RenderedFile, RenderJob } from './job';

/** Row counter that reports whole percents, at most ~50 messages per file. */
export function rowProgress(stage: 'docx' | 'xlsx', total: number, sink: ProgressSink, span: [number, number] = [0, 100]): () => void {
  let done = 0;
  let last = -1;
  const [from, to] = span;
  return () => {
    done++;
    const percent = Math.floor(from + ((to - from) * Math.min(done, total)) / Math.max(total, 1));
    if (percent - last >= 2 || done === total) {
      last = percent;
      sink({ stage, percent });
    }
  };
}

export async function renderJob(job: RenderJob, sink: ProgressSink = () => undefined): Promise<RenderedFile[]> {
  const out: RenderedFile[] = [];
  for (const f of job.files) {
    const rows = f.document.appendices.reduce((n, a) => n + a.table.rows.length, 0);
    sink({ stage: f.kind, percent: 0 });
    const bytes =
      f.kind === 'docx'
        ? await writeDocx(f.document, job.format, rowProgress('docx', rows, sink, [0, 60]), () => sink({ stage: 'docx', percent: 60 }))
        : await writeXlsx(f.document.appendices, job.format, f.title, rowProgress('xlsx', rows, sink, [0, 80]));
    sink({ stage: f.kind, percent: 100 });
    // a buffer of its own, so the worker can transfer it without copying
    out.push({ fileName: f.fileName, mime: f.mime, bytes: new Uint8Array(bytes) });
  }
  return out;
}
