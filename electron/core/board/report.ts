import type { BoardReport, BoardSection } from '../../../shared/contract/board';
import type { Db, Sqlite } from '../db/open';
import { findOffice } from '../office/store';
import type { Periods } from './period';
import { capacitySection } from './sections/capacity';
import { diversitySection } from './sections/diversity';
import { employabilitySection } from './sections/employability';
import { enforcementSection } from './sections/enforcement';
import { exitInterviewsSection } from './sections/exit-interviews';
import { hoursOfferedSection } from './sections/hours-offered';
import { ordersSection } from './sections/orders';
import { outcomesSection } from './sections/outcomes';
import { riskSection } from './sections/risk';
import { standDownsSection } from './sections/stand-downs';
import { surveysSection } from './sections/surveys';
import { timelinessSection } from './sections/timeliness';
import { periodHasData } from './store';

/** Every section in the order of the domain page; each builds its tables from its own queries. */
const sections: readonly ((sqlite: Sqlite, periods: Periods) => BoardSection)[] = [
  ordersSection,
  standDownsSection,
  hoursOfferedSection,
  timelinessSection,
  riskSection,
  employabilitySection,
  diversitySection,
  enforcementSection,
  exitInterviewsSection,
  surveysSection,
  outcomesSection,
  capacitySection,
];

export function boardReport(db: Db, sqlite: Sqlite, periods: Periods): BoardReport {
  const office = findOffice(db);
  return {
    office: {
      name: office?.name ?? 'Unpaid Work office',
      address: office?.address ?? null,
      phone: office?.phone ?? null,
      email: office?.email ?? null,
    },
    period: periods.current,
    previous: periods.previous,
    generatedOn: periods.today,
    hasData: periodHasData(sqlite, periods.current),
    sections: sections.map((build) => build(sqlite, periods)),
  };
}
