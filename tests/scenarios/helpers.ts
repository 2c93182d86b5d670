import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../../src/scenarios/load';
import { readLecture, SCENARIO_DIR } from '../../src/scenarios/node';

export const SHIPPED_IDS = [
  'old-neighbourhood',
  'new-estate',
  'village-to-residence',
  'flood-season',
  'administrative-village',
  'burden-relief',
] as const;

/** A shipped scenario file as plain JSON data, to break on purpose. */
export function shippedData(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCENARIO_DIR, `${id}.json`), 'utf8'));
}

/** Parses `data` as if it were the file scenarios/<id>.json. */
export function parseAs(data: unknown, id = 'old-neighbourhood') {
  return parseScenario(JSON.stringify(data, null, 2), `scenarios/${id}.json`, readLecture());
}

/** The error of a result that must have failed. */
export function errorOf(result: ReturnType<typeof parseScenario>) {
  if (result.ok) throw new Error('expected the file to be refused, but it was accepted');
  return result.error;
}
