import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { detectTransport } from './api/transport';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App transport={detectTransport()} />
  </StrictMode>,
);
