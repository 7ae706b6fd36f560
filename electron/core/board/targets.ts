// Placeholder until the board-figures helper writes the local targets; replace the whole file.
export const targetProcedures = {
  targets: () => [],
  saveTarget: () => {
    throw new Error('not yet');
  },
  removeTarget: () => ({}),
};
