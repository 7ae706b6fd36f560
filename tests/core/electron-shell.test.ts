import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appOrigin, createAppWindow, isTrustedSender } from '../../electron/main/window-options';
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
  it('exposes invoke and onEvent and nothing else', () => {
    const source = fs.readFileSync(path.join(root, 'electron/preload/index.ts'), 'utf8');
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    const exposed = [...source.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]);
    expect(exposed).toEqual(['invoke', 'onEvent']);
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
