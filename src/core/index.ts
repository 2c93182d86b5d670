// The core's public face. Everything outside src/core imports from here.
export * from './content';
export * from './ids';
export * from './types';
// Being written by the lead (signatures are final):
//   RULES_VERSION: number
//   newGame(scenario: Scenario, seed: string): GameState
//   step(state: GameState, action: unknown): StepResult          — never throws
//   legalActions(state: GameState): Action[]
//   actionCost(state: GameState, action: Action): Cost
//   balanceIndex(modes: ModeLevels): number                        — 0–100, 100 = perfectly balanced
//   monthlyEnergy(state: GameState): number
//   stateHash(state: GameState): string                            — 16 hex chars, excludes `scenario`
//   scenarioHash(scenario: Scenario): string                       — 16 hex chars
//   runActions(state, actions): {state, rejectedAt: number | null, rejection}  — fast in-place replay
