/** The main window, created with the secure preferences of security.ts. */
import { BrowserWindow } from 'electron';
import { APP_ORIGIN, hardenContents, secureWebPreferences } from './security';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: 'PlanDesk — Sở Giáo dục và Đào tạo Hải Phòng',
    show: false,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  });
  hardenContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
