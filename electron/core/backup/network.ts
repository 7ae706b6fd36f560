import fs from 'node:fs';
import path from 'node:path';

export const networkWarning =
  "The data folder is on a network drive; Amends uses a slower, safer journal there. Keep it on this computer's own disk if you can.";

const networkFilesystems = /^(nfs\d*|cifs|smb\d*|smbfs)$/;

/** `/proc/mounts` escapes spaces and the like as octal (`\040`). */
function unescapeMount(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) =>
    String.fromCharCode(parseInt(octal, 8)),
  );
}

/**
 * True when the folder is on a network share: a Windows UNC path (`\\server\share`,
 * `\\?\UNC\server\share`), or a path under an nfs/cifs/smb mount listed in `mounts` (the text of
 * /proc/mounts). A mapped drive letter is caught once realFolder has turned it into its share.
 */
export function isNetworkPath(dir: string, mounts: string | null): boolean {
  if (/^\\\\\?\\UNC\\/i.test(dir)) return true;
  if (/^\\\\[?.]\\/.test(dir)) return false;
  if (/^(\\\\|\/\/)[^\\/]+[\\/][^\\/]+/.test(dir)) return true;
  if (!mounts || !dir.startsWith('/')) return false;
  const target = path.posix.normalize(dir);
  let best: { point: string; type: string } | null = null;
  for (const line of mounts.split('\n')) {
    const [, point, type] = line.trim().split(/\s+/);
    if (!point || !type) continue;
    const mountPoint = unescapeMount(point);
    const inside =
      mountPoint === '/' ||
      target === mountPoint ||
      target.startsWith(`${mountPoint.replace(/\/$/, '')}/`);
    if (inside && (!best || mountPoint.length >= best.point.length))
      best = { point: mountPoint, type };
  }
  return best !== null && networkFilesystems.test(best.type);
}

/** WAL needs shared memory that network file systems do not give reliably; DELETE does not. */
export function journalModeFor(dir: string, mounts: string | null): 'WAL' | 'DELETE' {
  return isNetworkPath(dir, mounts) ? 'DELETE' : 'WAL';
}

/** The mount table where the system has one (Linux); null elsewhere. */
export function readMounts(): string | null {
  try {
    return fs.readFileSync('/proc/mounts', 'utf8');
  } catch {
    return null;
  }
}

/**
 * The folder as the file system sees it: links followed and, on Windows, a mapped drive letter
 * turned into the share behind it (the native realpath asks Windows for the final path, which
 * for a network drive is `\\server\share\…`), so such a drive is caught as a UNC path.
 */
export function realFolder(dir: string): string {
  try {
    return fs.realpathSync.native(dir);
  } catch {
    return path.resolve(dir);
  }
}
