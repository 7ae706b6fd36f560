// Placeholder until the board-figures helper writes this section; replace the whole file.
import type { BoardSection } from '../../../../shared/contract/board';
import type { Sqlite } from '../../db/open';
import type { Periods } from '../period';

export function ordersSection(_sqlite: Sqlite, _periods: Periods): BoardSection {
  return { id: 'orders', title: 'orders', summary: '', tables: [] };
}
