// The module scripts/vite-plugin-scenarios.ts provides: scenarios/*.json, validated at build time.
declare module 'virtual:scenarios' {
  import type { Scenario } from '../core/types';
  export const SCENARIOS: readonly Scenario[];
}
