import type { z } from 'zod';
import type { Procedure } from './procedure';
import { allocation } from './allocation';
import { backups } from './backups';
import { board } from './board';
import { accounts, audit, auth } from './auth';
import { courts } from './courts';
import { endings } from './endings';
import { enforcement } from './enforcement';
import { incidents } from './incidents';
import { inductions } from './induction';
import { notices } from './notices';
import { office } from './office';
import { orders } from './orders';
import { people } from './people';
import { policy } from './policy';
import { placements } from './placements';
import { risk } from './risk';
import { rota } from './rota';
import { sessions } from './sessions';
import { staff } from './staff';
import { supervisors } from './supervisors';
import { supervision } from './supervision';
import { surveys } from './surveys';

/** Every procedure, by domain then verb; the name on the wire is `domain.verb`. */
export const contract = {
  auth,
  accounts,
  audit,
  office,
  courts,
  staff,
  people,
  orders,
  risk,
  induction: inductions,
  placements,
  sessions,
  allocation,
  policy,
  backups,
  supervisors,
  endings,
  supervision,
  incidents,
  enforcement,
  rota,
  board,
  surveys,
  notices,
};

export type Contract = typeof contract;
export type Domain = keyof Contract;
export type ProcedureName = {
  [D in Domain]: `${D & string}.${keyof Contract[D] & string}`;
}[Domain];

type ProcedureAt<N extends ProcedureName> = N extends `${infer D}.${infer V}`
  ? D extends Domain
    ? V extends keyof Contract[D]
      ? Contract[D][V]
      : never
    : never
  : never;

export type InputOf<N extends ProcedureName> =
  ProcedureAt<N> extends Procedure<infer I> ? z.input<I> : never;
export type ParsedInputOf<N extends ProcedureName> =
  ProcedureAt<N> extends Procedure<infer I> ? z.output<I> : never;
export type OutputOf<N extends ProcedureName> =
  ProcedureAt<N> extends Procedure<z.ZodType, infer O> ? z.output<O> : never;

/** Looks a procedure up by its wire name; undefined for a name the contract does not have. */
export function procedureNamed(name: string): Procedure | undefined {
  const [domain, verb, extra] = name.split('.');
  if (!domain || !verb || extra !== undefined || !Object.hasOwn(contract, domain)) return undefined;
  const procedures = contract[domain as Domain] as Record<string, Procedure>;
  return Object.hasOwn(procedures, verb) ? procedures[verb] : undefined;
}
