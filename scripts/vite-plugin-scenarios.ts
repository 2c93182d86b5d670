// Validates scenarios/*.json at build (and dev-serve) time with the Node loader, and hands the page
// the checked data as `virtual:scenarios`. A broken file fails the build — or shows in the dev
// overlay — with the loader's message (file, field path, what was expected), so the schema library
// and the lecture text never ship to the browser.
//
// The loader (src/scenarios/node.ts and what it imports) is loaded when the module is first asked for,
// through Vite's module runner, not imported here: Vite bundles vite.config.ts and everything it imports
// statically, and warns on every start about each extensionless import in that graph (`configLoader`).
// The app's sources import without extensions; this keeps them out of the config's graph.

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plugin, runnerImport } from 'vite';

type NodeLoader = typeof import('../src/scenarios/node.ts');

const ID = 'virtual:scenarios';
const RESOLVED = `\0${ID}`;
const LOADER = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'scenarios', 'node.ts');

export default function scenarios(): Plugin {
  return {
    name: 'community-secretary:scenarios',
    resolveId: {
      filter: { id: new RegExp(`^${ID}$`) },
      handler: () => RESOLVED,
    },
    load: {
      // Only for this module: the hook is then not called (and timed) for every other module of the build.
      filter: { id: new RegExp(`^\0${ID}$`) },
      async handler() {
        // A fresh runner each time: in dev an edited scenario or schema is read anew.
        const { module: loader } = await runnerImport<NodeLoader>(LOADER);
        for (const file of loader.scenarioFiles()) this.addWatchFile(file);
        this.addWatchFile(join(loader.SCENARIO_DIR, '..', 'assets', 'lecture.zh.txt'));
        const { scenarios, errors } = loader.loadScenarioFiles();
        if (errors.length) this.error(errors.map((e) => e.message).join('\n'));
        return `export const SCENARIOS = ${JSON.stringify(scenarios)};\n`;
      },
    },
  };
}
