import { createContext, useContext, type ReactNode } from 'react';
import type { Account } from '../../shared/contract/auth';
import type { AccountRole } from '../../shared/contract/procedure';

const AccountContext = createContext<Account | null>(null);

export function AccountProvider({ account, children }: { account: Account; children: ReactNode }) {
  return <AccountContext.Provider value={account}>{children}</AccountContext.Provider>;
}

/** The person signed in; screens use it to offer only what their role allows. */
export function useAccount(): Account | null {
  return useContext(AccountContext);
}

export function useCan(...roles: AccountRole[]): boolean {
  const account = useAccount();
  return account !== null && roles.includes(account.role);
}
