// Validates scenarios/*.json at build (and dev-serve) time with the Node loader, and hands the page
// the checked data as `virtual:scenarios`. A broken file fails the build — or shows in the dev
// overlay — with the loader's message (file, field path, what was expected), so the schema library
// and the lecture text never ship to the browser.

import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadScenarioFiles, SCENARIO_DIR, scenarioFiles } from '../src/scenarios/node.ts';

const ID = 'virtual:scenarios';
const RESOLVED = `\0${ID}`;

export default function scenarios(): Plugin {
  return {
    name: 'community-secretary:scenarios',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of scenarioFiles()) this.addWatchFile(file);
      this.addWatchFile(join(SCENARIO_DIR, '..', 'assets', 'lecture.zh.txt'));
      const { scenarios, errors } = loadScenarioFiles();
      if (errors.length) this.error(errors.map((e) => e.message).join('\n'));
      return `export const SCENARIOS = ${JSON.stringify(scenarios)};\n`;
    },
  };
}
