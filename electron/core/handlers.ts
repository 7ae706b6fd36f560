import type { AllHandlers } from './context';
import { courtProcedures } from './courts/procedures';
import { officeProcedures } from './office/procedures';
import { orderProcedures } from './orders/procedures';
import { peopleProcedures } from './people/procedures';
import { staffProcedures } from './staff/procedures';

/** Every domain's handlers, one per procedure of the contract (the type checks none is missing). */
export const handlers: AllHandlers = {
  office: officeProcedures,
  courts: courtProcedures,
  staff: staffProcedures,
  people: peopleProcedures,
  orders: orderProcedures,
};
