import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { session } from '../../renderer/api/session';

// Without vitest globals Testing Library cannot unmount by itself between tests; nobody stays signed in.
afterEach(() => {
  cleanup();
  session.set(null);
});
