import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noNode = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http'],
  message: 'This code also runs in the renderer: no Node modules here.',
};
const noElectron = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron.',
};
const noDatabase = {
  group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
  message: 'The database belongs to electron/core.',
};
const noBackend = {
  group: ['**/electron/**', '../electron/*'],
  message: 'The renderer talks to the backend only through its transport.',
};
const noReact = { group: ['react', 'react-dom', '@mui/*'], message: 'shared/ has no React.' };

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'migrations', 'test-results', 'release'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // With noUncheckedIndexedAccess, `!` after a lookup the code has just made certain is clearer than a guard.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [noNode, noDatabase, noBackend] },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [noNode, noDatabase, noReact, noBackend] },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/web/**/*.ts', 'tests/**/*.{ts,tsx}', 'scripts/**/*'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
);
