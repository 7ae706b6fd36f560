import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registerPdf } from '../../electron/main/print';
import { appOrigin, createAppWindow, isTrustedSender } from '../../electron/main/window-options';
import { tempDir } from '../support/core';
import { contentSecurityPolicy } from '../../shared/csp';

const root = path.resolve(import.meta.dirname, '../..');

describe('the window', () => {
  // A stand-in for Electron's BrowserWindow that keeps the options it was opened with.
  type WindowClass = Parameters<typeof createAppWindow>[0];
  type Options = ConstructorParameters<WindowClass>[0];
  class RecordingWindow {
    constructor(readonly options: Options) {}
  }
  const opened = createAppWindow(
    RecordingWindow as unknown as WindowClass,
    '/app/preload.cjs',
  ) as unknown as RecordingWindow;
  const prefs = opened.options.webPreferences!;

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['disableBlinkFeatures', 'Auxclick'],
  ] as const)('%s is %s', (option, value) => {
    expect(prefs[option]).toBe(value);
  });

  it('loads only the preload it is given', () => {
    expect(prefs.preload).toBe('/app/preload.cjs');
  });
});

describe('the caller check', () => {
  it.each([
    [{ url: `${appOrigin}/index.html`, parent: null }, true],
    [{ url: `${appOrigin}/index.html#/orders/3`, parent: null }, true],
    [{ url: `${appOrigin}/index.html`, parent: {} }, false],
    [{ url: 'https://example.org/', parent: null }, false],
    [{ url: 'file:///C:/Amends/index.html', parent: null }, false],
    [{ url: 'app://amends.evil/index.html', parent: null }, false],
    [{ url: 'not a url', parent: null }, false],
    [null, false],
    [undefined, false],
  ])('%o → %s', (frame, trusted) => {
    expect(isTrustedSender(frame)).toBe(trusted);
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
  );

  it('allows scripts only from the app itself, with no eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
  });

  it('closes objects, base URLs, forms and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });
});

describe('the preload bridge', () => {
  it('exposes invoke, savePdf and onEvent and nothing else', () => {
    const source = fs.readFileSync(path.join(root, 'electron/preload/index.ts'), 'utf8');
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    const exposed = [...source.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]);
    expect(exposed).toEqual(['invoke', 'savePdf', 'onEvent']);
    const channels = [...source.matchAll(/ipcRenderer\.invoke\('([\w-]+)'/g)].map((m) => m[1]);
    expect(channels).toEqual(['rpc', 'save-pdf']);
  });
});

describe('the installer configuration', () => {
  const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));

  it('is a per-user NSIS installer that keeps data on uninstall', () => {
    expect(config.win.target[0].target).toBe('nsis');
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      createDesktopShortcut: 'always',
      deleteAppDataOnUninstall: false,
    });
  });

  it('ships the migrations and unpacks the SQLite module', () => {
    expect(config.extraResources).toContainEqual({ from: 'migrations', to: 'migrations' });
    expect(config.asarUnpack.join()).toContain('better-sqlite3');
  });

  it('sets the Electron fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('keeps renderer-only libraries out of the installer', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    for (const name of [
      'react',
      'react-dom',
      '@mui/material',
      'recharts',
      '@tanstack/react-query',
    ]) {
      expect(pkg.dependencies[name]).toBeUndefined();
      expect(pkg.devDependencies[name]).toBeDefined();
    }
    expect(pkg.dependencies['better-sqlite3']).toMatch(/^\^12\./);
  });
});

describe('Save as PDF in the desktop app', () => {
  type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
  function wire(choice: { canceled: boolean; filePath?: string }) {
    let handler: Handler | undefined;
    const printed: unknown[] = [];
    const ipcMain = { handle: (_channel: string, h: Handler) => (handler = h) };
    const dialog = { showSaveDialog: async () => choice };
    registerPdf(ipcMain as never, dialog as never, () => null);
    const call = (url: string, ...args: unknown[]) =>
      handler!(
        {
          senderFrame: { url, parent: null },
          sender: {
            printToPDF: async (options: unknown) => {
              printed.push(options);
              return Buffer.from('%PDF-1.7 test');
            },
          },
        },
        ...args,
      );
    return { call, printed };
  }

  it('prints the page as A4 with page numbers and writes it where the person chose', async () => {
    const file = path.join(tempDir(), 'report.pdf');
    const { call, printed } = wire({ canceled: false, filePath: file });
    expect(await call(`${appOrigin}/index.html`, 'Board report', 'Board report.pdf')).toEqual({
      saved: true,
      path: file,
    });
    expect(fs.readFileSync(file, 'utf8')).toBe('%PDF-1.7 test');
    expect(printed).toEqual([
      expect.objectContaining({
        pageSize: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        footerTemplate: expect.stringContaining('class="totalPages"'),
      }),
    ]);
  });

  it('writes nothing when the person cancels, and refuses a page that is not Amends', async () => {
    const cancelled = wire({ canceled: true });
    expect(await cancelled.call(`${appOrigin}/index.html`, 'Board report', 'a.pdf')).toEqual({
      saved: false,
    });
    const stranger = wire({ canceled: false, filePath: path.join(tempDir(), 'x.pdf') });
    expect(await stranger.call('https://example.com/', 'Board report', 'a.pdf')).toEqual({
      saved: false,
    });
    expect(stranger.printed).toEqual([]);
  });
});
