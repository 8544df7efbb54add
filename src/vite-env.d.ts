/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a real API implementing docs/API.md; unset means the embedded mock API. */
  readonly VITE_API_BASE_URL?: string;
  /** Set: that API is static files, `{path}.json` (`npm run build:static-api`, docs/operations.md). */
  readonly VITE_API_STATIC_FILES?: string;
}
