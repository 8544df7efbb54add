/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a real API implementing docs/API.md; unset means the embedded mock API. */
  readonly VITE_API_BASE_URL?: string;
}
