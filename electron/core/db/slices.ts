/** SQLite limits the variables in one statement, so long lists of ids are read in slices. */
export function slices(ids: readonly number[], size = 500): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}
