/**
 * Exports in the desktop app: the renderer's download of a file PlanDesk made becomes a
 * Save dialog opening in the folder used last time (remembered), the system dialog asks
 * before replacing a file, and once saved PlanDesk offers to open the file or its folder.
 * Downloads that are not the app's own are cancelled by security.ts.
 */
import { app, dialog, shell, type BrowserWindow, type DownloadItem, type Session } from 'electron';
import { basename, dirname, join } from 'node:path';
import { APP_ORIGIN } from './security';

export interface FolderMemory {
  get(): string | null;
  set(folder: string): void;
}

const FILTERS: Record<string, Electron.FileFilter> = {
  docx: { name: 'Văn bản Word', extensions: ['docx'] },
  xlsx: { name: 'Bảng tính Excel', extensions: ['xlsx'] },
};

export function saveDialogOptions(fileName: string, folder: string): Electron.SaveDialogOptions {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return {
    title: 'Lưu tệp xuất từ PlanDesk',
    defaultPath: join(folder, fileName),
    buttonLabel: 'Lưu',
    filters: FILTERS[ext] ? [FILTERS[ext]] : [],
  };
}

async function offerToOpen(path: string, window: BrowserWindow | null): Promise<void> {
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: 'PlanDesk',
    message: `Đã lưu ${basename(path)}`,
    detail: path,
    buttons: ['Mở tệp', 'Mở thư mục', 'Đóng'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  if (response === 0) {
    const error = await shell.openPath(path);
    if (error) await dialog.showMessageBox({ type: 'warning', message: 'Không mở được tệp', detail: `${error}\nHãy mở tệp bằng Word hoặc Excel: ${path}` });
  } else if (response === 1) {
    shell.showItemInFolder(path);
  }
}

export function handleExportDownloads(session: Session, memory: FolderMemory, windowOf: () => BrowserWindow | null): void {
  session.on('will-download', (_event, item: DownloadItem) => {
    if (!item.getURL().startsWith(`blob:${APP_ORIGIN}/`)) return;
    const folder = memory.get() ?? app.getPath('documents');
    item.setSaveDialogOptions(saveDialogOptions(item.getFilename(), folder));
    item.once('done', (_e, state) => {
      if (state !== 'completed') return;
      const path = item.getSavePath();
      memory.set(dirname(path));
      void offerToOpen(path, windowOf());
    });
  });
}
