import { Alert, Snackbar } from '@mui/material';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Notify = (message: string, severity?: 'success' | 'error' | 'info') => void;

const NotifyContext = createContext<Notify>(() => {});

/** Results of an action ("Order saved") as a snackbar, the MUI way. */
export function NotifyProvider({ children }: { children: ReactNode }) {
  const [note, setNote] = useState<{
    message: string;
    severity: 'success' | 'error' | 'info';
    key: number;
  } | null>(null);
  const notify = useCallback<Notify>(
    (message, severity = 'success') => setNote({ message, severity, key: Date.now() }),
    [],
  );
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Snackbar
        sx={{ displayPrint: 'none' }}
        key={note?.key}
        open={note !== null}
        autoHideDuration={5000}
        onClose={() => setNote(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity={note?.severity ?? 'success'}
          variant="filled"
          onClose={() => setNote(null)}
        >
          {note?.message}
        </Alert>
      </Snackbar>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  return useContext(NotifyContext);
}
