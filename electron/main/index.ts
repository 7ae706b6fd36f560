import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import type { Core } from '../core';
import { registerRpc } from './ipc';
import { openData } from './open-data';
import { registerPdf } from './print';
import { registerAppScheme, serveRenderer } from './protocol';
import { appOrigin, createAppWindow } from './window-options';

let core: Core | null = null;

function resources(...parts: string[]) {
  return app.isPackaged
    ? path.join(process.resourcesPath, ...parts)
    : path.join(app.getAppPath(), ...parts);
}

function createWindow() {
  const window = createAppWindow(BrowserWindow, path.join(__dirname, 'preload.cjs'));
  window.once('ready-to-show', () => window.show());
  // Nothing navigates away from Amends; links to the web open in the person's browser instead.
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${appOrigin}/`)) event.preventDefault();
  });
  // Amends opens no other windows and no web pages.
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}

async function start() {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
  serveRenderer(path.join(app.getAppPath(), 'dist', 'renderer'));
  const dataDir = process.env.AMENDS_DATA_DIR ?? app.getPath('userData');
  core = await openData({ dataDir, migrationsDir: resources('migrations') });
  if (!core) {
    app.exit(1);
    return;
  }
  registerRpc(ipcMain, core, () => BrowserWindow.getAllWindows());
  registerPdf(ipcMain, dialog, (sender) => BrowserWindow.fromWebContents(sender));
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.whenReady().then(start, (error: unknown) => console.error(error));
  app.on('window-all-closed', () => {
    core?.close();
    core = null;
    app.quit();
  });
}
