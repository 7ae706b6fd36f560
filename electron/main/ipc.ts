import type { BrowserWindow, IpcMain } from 'electron';
import type { Core } from '../core';
import { isTrustedSender } from './window-options';

/** One handler for every procedure; the envelope crosses intact because the core never throws. */
export function registerRpc(ipcMain: IpcMain, core: Core, windows: () => BrowserWindow[]) {
  ipcMain.handle('rpc', (event, name: unknown, input: unknown, token: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Refused: the caller is not an Amends window.' },
      };
    }
    if (typeof name !== 'string') {
      return { ok: false, error: { code: 'NOT_FOUND', message: 'A procedure name is required.' } };
    }
    return core.dispatch(name, input, typeof token === 'string' ? token : undefined);
  });
  return core.onEvent((e) => windows().forEach((w) => w.webContents.send('event', e)));
}
