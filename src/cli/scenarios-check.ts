// npm run scenarios:check [-- FILE...] — validate every scenario file (or the given ones), one line
// per file; exit 1 if any is broken.
import { checkLine, loadScenarioFiles, SCENARIO_DIR } from '../scenarios/node';

const args = process.argv.slice(2);
const { results, errors } = loadScenarioFiles(args.length > 0 ? args : SCENARIO_DIR);
if (results.length === 0) {
  console.error('err no scenario files found');
  process.exit(1);
}
for (const { file, result } of results) {
  const line = checkLine(file, result);
  if (result.ok) console.log(line);
  else console.error(line);
}
process.exit(errors.length > 0 ? 1 : 0);
