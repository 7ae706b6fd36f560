import fs from 'node:fs/promises';
import type { BrowserWindow, Dialog, IpcMain } from 'electron';
import { pdfFooter, pdfHeader, pdfMarginMm } from '../../shared/print';
import { isTrustedSender } from './window-options';

const inches = pdfMarginMm / 25.4;

/**
 * "Save as PDF" for the page on screen: Chromium prints it with the print stylesheet (so the
 * menu and buttons are left out), with page numbers in the footer, and the person chooses where
 * the file goes. Printing on paper is the window's own print dialog (window.print()).
 */
export function registerPdf(
  ipcMain: IpcMain,
  dialog: Dialog,
  windowOf: (sender: Electron.WebContents) => BrowserWindow | null,
) {
  ipcMain.handle('save-pdf', async (event, title: unknown, fileName: unknown) => {
    if (!isTrustedSender(event.senderFrame)) return { saved: false };
    if (typeof title !== 'string' || typeof fileName !== 'string') return { saved: false };
    const pdf = await event.sender.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      margins: { top: inches, bottom: inches, left: inches, right: inches },
      displayHeaderFooter: true,
      headerTemplate: pdfHeader,
      footerTemplate: pdfFooter(title),
    });
    const window = windowOf(event.sender);
    const options = {
      defaultPath: fileName.replace(/[\\/:*?"<>|]/g, '-'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    };
    const choice = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await fs.writeFile(choice.filePath, pdf);
    return { saved: true, path: choice.filePath };
  });
}
