import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

/** The renderer's only door to the backend: call a procedure, hear about changes. */
contextBridge.exposeInMainWorld('amends', {
  invoke: (name: string, input: unknown, token?: string) =>
    ipcRenderer.invoke('rpc', name, input, token),
  /** Saves the page on screen as a PDF where the person chooses (the desktop app only). */
  savePdf: (title: string, fileName: string) => ipcRenderer.invoke('save-pdf', title, fileName),
  onEvent: (listener: (event: unknown) => void) => {
    const forward = (_e: IpcRendererEvent, event: unknown) => listener(event);
    ipcRenderer.on('event', forward);
    return () => {
      ipcRenderer.removeListener('event', forward);
    };
  },
});
