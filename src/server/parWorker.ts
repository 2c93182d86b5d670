// Par (the search bot's score on a challenge) computed off the room's event loop: about a second of
// CPU that would otherwise stall every team's request while a session is created.
import { parentPort, workerData } from 'node:worker_threads';
import { parScore } from '../bots/par';
import { loadScenarioFiles } from '../scenarios/node';

const { scenarioId, seed, months } = workerData as { scenarioId: string; seed: string; months: number };
const scenario = loadScenarioFiles().scenarios.find((s) => s.id === scenarioId);
parentPort?.postMessage(scenario ? parScore(scenario, seed, { months }) : null);
