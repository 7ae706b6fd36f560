import fs from 'node:fs';

/** Milliseconds since `start` (a performance.now() reading). */
export function since(start: number): number {
  return performance.now() - start;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of the values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export function fileSize(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}

/** The database file with its write-ahead log and shared-memory index, as they stand on disk. */
export function databaseBytes(file: string): number {
  return fileSize(file) + fileSize(`${file}-wal`) + fileSize(`${file}-shm`);
}

export const format = {
  int: (n: number) => Math.round(n).toLocaleString('en-GB'),
  ms: (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`,
  s: (ms: number) => `${(ms / 1000).toFixed(2)} s`,
  us: (ms: number) => `${(ms * 1000).toFixed(1)} µs`,
  mb: (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`,
  ratio: (n: number) => `${n.toFixed(2)}×`,
};

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The i-th item of a non-empty list, going round it again past the end. */
export function cycle<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('cycle: the list is empty');
  return item;
}

/** A section title, underlined. */
export function heading(text: string) {
  console.log(`\n${text}\n${'='.repeat(text.length)}`);
}
