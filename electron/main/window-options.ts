import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/** The app's own origin: the renderer is served from this custom protocol, never from file://. */
export const appOrigin = 'app://amends';

type WindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/**
 * Opens the app's window: isolated, sandboxed, no Node in the page, only the preload bridge.
 * Electron's BrowserWindow is passed in so that the options can be checked without Electron, and
 * the options stay a literal at the `new BrowserWindow` that Electronegativity reads.
 */
export function createAppWindow(BrowserWindow: WindowClass, preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Amends',
    show: false,
    backgroundColor: '#f4f6f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
}

/** Only the top frame of our own origin may call the backend. */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
): boolean {
  if (!frame || frame.parent) return false;
  try {
    // Compared by scheme and host: URL gives custom schemes an opaque "null" origin outside Electron.
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === appOrigin;
  } catch {
    return false;
  }
}
