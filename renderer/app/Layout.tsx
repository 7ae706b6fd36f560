import {
  AppBar,
  Box,
  Button,
  Chip,
  Drawer,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  Toolbar,
  Typography,
} from '@mui/material';
import DashboardIcon from '@mui/icons-material/Dashboard';
import PeopleIcon from '@mui/icons-material/People';
import GavelIcon from '@mui/icons-material/Gavel';
import ApartmentIcon from '@mui/icons-material/Apartment';
import EventNoteIcon from '@mui/icons-material/EventNote';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import HandymanIcon from '@mui/icons-material/Handyman';
import LogoutIcon from '@mui/icons-material/Logout';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import PolicyIcon from '@mui/icons-material/Policy';
import BackupIcon from '@mui/icons-material/Backup';
import TuneIcon from '@mui/icons-material/Tune';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import HealthAndSafetyIcon from '@mui/icons-material/HealthAndSafety';
import EngineeringIcon from '@mui/icons-material/Engineering';
import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import RateReviewIcon from '@mui/icons-material/RateReview';
import AssessmentIcon from '@mui/icons-material/Assessment';
import CampaignIcon from '@mui/icons-material/Campaign';
import { Fragment, useState, type ReactNode } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { labelOf } from '../../shared/codes';
import { accountRoleItems } from '../../shared/contract/auth';
import type { AccountRole } from '../../shared/contract/procedure';
import { useCaller, useRead } from '../api/hooks';
import { session } from '../api/session';
import { useAccount } from './account';
import { formatDate } from '../../shared/dates';

const width = 220;

type Group = 'Cases' | 'Work' | 'Reports' | 'Office';

/** The menu, grouped as an office thinks of its work; a role sees only what it may open. */
const sections: {
  to: string;
  label: string;
  icon: ReactNode;
  group?: Group;
  roles?: AccountRole[];
}[] = [
  { to: '/', label: 'Home', icon: <DashboardIcon /> },
  { to: '/people', label: 'People', icon: <PeopleIcon />, group: 'Cases' },
  { to: '/orders', label: 'Orders', icon: <GavelIcon />, group: 'Cases' },
  { to: '/waiting', label: 'Waiting list', icon: <HourglassTopIcon />, group: 'Cases' },
  { to: '/enforcement', label: 'Enforcement', icon: <AssignmentLateIcon />, group: 'Cases' },
  { to: '/endings', label: 'Endings', icon: <AssignmentTurnedInIcon />, group: 'Cases' },
  {
    to: '/alerts',
    label: 'Case manager alerts',
    icon: <NotificationsActiveIcon />,
    group: 'Cases',
  },
  { to: '/placements', label: 'Placements', icon: <HandymanIcon />, group: 'Work' },
  { to: '/sessions', label: 'Sessions', icon: <EventNoteIcon />, group: 'Work' },
  { to: '/rota', label: 'Rota and forecast', icon: <EventRepeatIcon />, group: 'Work' },
  { to: '/supervisors', label: 'Supervisors', icon: <EngineeringIcon />, group: 'Work' },
  { to: '/incidents', label: 'Health and safety', icon: <HealthAndSafetyIcon />, group: 'Work' },
  { to: '/surveys', label: 'Beneficiary surveys', icon: <RateReviewIcon />, group: 'Work' },
  { to: '/board', label: 'Board report', icon: <AssessmentIcon />, group: 'Reports' },
  { to: '/notices', label: 'Court notices', icon: <CampaignIcon />, group: 'Reports' },
  { to: '/office', label: 'Courts and staff', icon: <ApartmentIcon />, group: 'Office' },
  {
    to: '/accounts',
    label: 'Staff accounts',
    icon: <ManageAccountsIcon />,
    group: 'Office',
    roles: ['MANAGER'],
  },
  { to: '/policy', label: 'Policy settings', icon: <TuneIcon />, group: 'Office' },
  { to: '/backups', label: 'Backups', icon: <BackupIcon />, group: 'Office', roles: ['MANAGER'] },
  {
    to: '/audit',
    label: 'Audit log',
    icon: <PolicyIcon />,
    group: 'Office',
    roles: ['MANAGER', 'AUDITOR'],
  },
];

/** Who is signed in, and the way out. */
function SignedIn() {
  const account = useAccount();
  const callProcedure = useCaller();
  const [leaving, setLeaving] = useState(false);
  if (!account) return null;
  // Straight to the sign-in screen, without refreshing reads with the session being ended.
  const leave = () => {
    setLeaving(true);
    void callProcedure('auth.signOut', {}).finally(() => session.set(null));
  };
  return (
    <>
      <Typography variant="body2" sx={{ ml: 3, mr: 1 }}>
        {account.name} · {labelOf(accountRoleItems, account.role)}
      </Typography>
      <Button
        color="inherit"
        size="small"
        startIcon={<LogoutIcon />}
        onClick={leave}
        disabled={leaving}
      >
        Sign out
      </Button>
    </>
  );
}

export function Layout() {
  const office = useRead('office.get', {});
  const account = useAccount();
  const { pathname } = useLocation();
  const current = (to: string) => (to === '/' ? pathname === '/' : pathname.startsWith(to));
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1, displayPrint: 'none' }}>
        <Toolbar variant="dense">
          <Typography variant="h6" component="div" sx={{ mr: 2 }}>
            Amends
          </Typography>
          <Typography variant="body1" sx={{ flexGrow: 1, opacity: 0.9 }}>
            {office.data?.name}
          </Typography>
          {office.data?.isDemo && (
            <Chip label="Demonstration office" color="warning" size="small" sx={{ mr: 2 }} />
          )}
          <Typography variant="body2">
            {office.data ? formatDate(office.data.today) : ''}
          </Typography>
          <SignedIn />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width,
          displayPrint: 'none',
          [`& .MuiDrawer-paper`]: { width, boxSizing: 'border-box' },
        }}
      >
        <Toolbar variant="dense" />
        <nav aria-label="Main">
          <List dense>
            {sections
              .filter((s) => !s.roles || (account && s.roles.includes(account.role)))
              .map((s, i, shown) => (
                <Fragment key={s.to}>
                  {s.group && s.group !== shown[i - 1]?.group && (
                    <ListSubheader sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
                      {s.group}
                    </ListSubheader>
                  )}
                  <ListItemButton component={NavLink} to={s.to} selected={current(s.to)}>
                    <ListItemIcon sx={{ minWidth: 36 }}>{s.icon}</ListItemIcon>
                    <ListItemText primary={s.label} />
                  </ListItemButton>
                </Fragment>
              ))}
          </List>
        </nav>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0, '@media print': { p: 0 } }}>
        <Toolbar variant="dense" sx={{ displayPrint: 'none' }} />
        <Outlet />
      </Box>
    </Box>
  );
}
