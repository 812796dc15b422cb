/**
 * The Electron door: single instance, app:// renderer, hardened session, one IPC
 * channel to the shared handler table. The core opens in the app's data folder.
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import { join } from 'node:path';
import { Core } from '../core/core';
import { isAppError } from '../core/errors';
import { defaultDataDir } from '../core/paths';
import { APP_VERSION } from '../core/version';
import { getLastExportFolder, setLastExportFolder } from '../core/exports/last-folder';
import { handleExportDownloads } from './downloads';
import { registerIpc } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenSession } from './security';
import { createMainWindow } from './window';

app.setName('PlanDesk');
registerAppScheme();

let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    try {
      core = Core.open({ dataDir: defaultDataDir(), integrityCheck: 'after-open' });
    } catch (e) {
      dialog.showErrorBox('PlanDesk không mở được dữ liệu', isAppError(e) ? e.message : String((e as Error)?.message ?? e));
      app.quit();
      return;
    }
    registerIpc({ core, door: 'electron', version: APP_VERSION });
    const opened = core;
    handleExportDownloads(
      session.defaultSession,
      { get: () => getLastExportFolder(opened.sql), set: (folder) => setLastExportFolder(opened.sql, folder) },
      () => mainWindow ?? null,
    );
    serveRenderer(join(__dirname, '../renderer'));
    mainWindow = createMainWindow(join(__dirname, '../preload/index.js'));
  });

  app.on('window-all-closed', () => {
    app.quit();
  });

  app.on('will-quit', () => {
    core?.close();
  });
}
