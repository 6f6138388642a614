// Vite's client types (import.meta.glob, `?raw` imports, `new URL(..., import.meta.url)` workers) for the dashboard.
/// <reference types="vite/client" />
