import { allocationProcedures } from './allocation/procedures';
import { auditProcedures } from './audit/procedures';
import { accountProcedures, authProcedures } from './auth/procedures';
import { backupProcedures } from './backup/procedures';
import { boardProcedures } from './board/procedures';
import type { AllHandlers } from './context';
import { courtProcedures } from './courts/procedures';
import { endingProcedures } from './endings/procedures';
import { enforcementProcedures } from './enforcement/procedures';
import { incidentProcedures } from './incidents/procedures';
import { inductionProcedures } from './induction/procedures';
import { noticeProcedures } from './notices/procedures';
import { officeProcedures } from './office/procedures';
import { orderProcedures } from './orders/procedures';
import { peopleProcedures } from './people/procedures';
import { placementProcedures } from './placements/procedures';
import { policyProcedures } from './policy/procedures';
import { riskProcedures } from './risk/procedures';
import { rotaProcedures } from './rota/procedures';
import { sessionProcedures } from './sessions/procedures';
import { staffProcedures } from './staff/procedures';
import { supervisorProcedures } from './supervisors/procedures';
import { supervisionProcedures } from './supervision/procedures';
import { surveyProcedures } from './surveys/procedures';

/** Every domain's handlers, one per procedure of the contract (the type checks none is missing). */
export const handlers: AllHandlers = {
  auth: authProcedures,
  accounts: accountProcedures,
  audit: auditProcedures,
  office: officeProcedures,
  courts: courtProcedures,
  staff: staffProcedures,
  people: peopleProcedures,
  orders: orderProcedures,
  risk: riskProcedures,
  induction: inductionProcedures,
  placements: placementProcedures,
  sessions: sessionProcedures,
  allocation: allocationProcedures,
  backups: backupProcedures,
  policy: policyProcedures,
  board: boardProcedures,
  supervisors: supervisorProcedures,
  endings: endingProcedures,
  supervision: supervisionProcedures,
  incidents: incidentProcedures,
  enforcement: enforcementProcedures,
  rota: rotaProcedures,
  surveys: surveyProcedures,
  notices: noticeProcedures,
};
