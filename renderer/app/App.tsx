import { CssBaseline, ThemeProvider } from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { enGB } from 'date-fns/locale/en-GB';
import { useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { ApiProvider } from '../api/hooks';
import type { Transport } from '../api/transport';
import { NotifyProvider } from '../components/Notify';
import { WaitingListPage } from '../features/allocation/WaitingListPage';
import { EnforcementPage } from '../features/enforcement/EnforcementPage';
import { LetterPage } from '../features/enforcement/LetterPage';
import { EndingsPage } from '../features/endings/EndingsPage';
import { AccountsPage } from '../features/auth/AccountsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { BoardPage } from '../features/board/BoardPage';
import { NewNoticePage } from '../features/notices/NewNoticePage';
import { NoticeDocumentPage } from '../features/notices/NoticeDocument';
import { NoticesPage } from '../features/notices/NoticesPage';
import { PolicyPage } from '../features/policy/PolicyPage';
import { useCan } from './account';
import { HomePage } from '../features/home/HomePage';
import { OfficePage } from '../features/office/OfficePage';
import { AtRiskPage } from '../features/orders/AtRiskPage';
import { OrderPage } from '../features/orders/OrderPage';
import { OrdersListPage } from '../features/orders/OrdersListPage';
import { PeopleListPage } from '../features/people/PeopleListPage';
import { PersonPage } from '../features/people/PersonPage';
import { PlacementsPage } from '../features/placements/PlacementsPage';
import { SessionPage } from '../features/sessions/SessionPage';
import { SessionsPage } from '../features/sessions/SessionsPage';
import { RotaPage } from '../features/rota/RotaPage';
import { AlertsPage } from '../features/supervision/AlertsPage';
import { IncidentsPage } from '../features/incidents/IncidentsPage';
import { SupervisorPage } from '../features/supervisors/SupervisorPage';
import { SupervisorsPage } from '../features/supervisors/SupervisorsPage';
import { SurveysPage } from '../features/surveys/SurveysPage';
import { Layout } from './Layout';
import { Start } from './Start';
import { theme } from './theme';

const routes = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/people', element: <PeopleListPage /> },
      { path: '/people/:id', element: <PersonPage /> },
      { path: '/orders', element: <OrdersListPage /> },
      { path: '/orders/at-risk', element: <AtRiskPage /> },
      { path: '/orders/:id', element: <OrderPage /> },
      { path: '/waiting', element: <WaitingListPage /> },
      { path: '/placements', element: <PlacementsPage /> },
      { path: '/sessions', element: <SessionsPage /> },
      { path: '/sessions/:id', element: <SessionPage /> },
      { path: '/rota', element: <RotaPage /> },
      { path: '/supervisors', element: <SupervisorsPage /> },
      { path: '/supervisors/:id', element: <SupervisorPage /> },
      { path: '/office', element: <OfficePage /> },
      { path: '/accounts', element: <AccountsPage /> },
      { path: '/audit', element: <AuditPage /> },
      { path: '/backups', element: <BackupsPage /> },
      { path: '/endings', element: <EndingsPage /> },
      { path: '/policy', element: <PolicyRoute /> },
      { path: '/enforcement', element: <EnforcementPage /> },
      { path: '/alerts', element: <AlertsPage /> },
      { path: '/incidents', element: <IncidentsPage /> },
      { path: '/surveys', element: <SurveysPage /> },
      { path: '/board', element: <BoardPage /> },
      { path: '/notices', element: <NoticesPage /> },
      { path: '/notices/new', element: <NewNoticePage /> },
    ],
  },
  // A printed letter: signed in, but without the app's bar and menu around it.
  { path: '/letters/:id', element: <LetterPage /> },
  // An issued court notice, as its A4 document.
  { path: '/notices/:id', element: <NoticeDocumentPage /> },
];

/** Everyone reads the settings; managers change them. */
function PolicyRoute() {
  return <PolicyPage canChange={useCan('MANAGER')} />;
}

/** The pages, in the address after `#` (the desktop window serves one file, so no server routes). */
function Routes() {
  const [router] = useState(() => createHashRouter(routes));
  return <RouterProvider router={router} />;
}

export function App({ transport }: { transport: Transport }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={enGB}>
        <ApiProvider transport={transport}>
          <NotifyProvider>
            <Start>
              <Routes />
            </Start>
          </NotifyProvider>
        </ApiProvider>
      </LocalizationProvider>
    </ThemeProvider>
  );
}
