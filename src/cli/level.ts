// The `--level K` option of the CLIs: a step of the difficulty ladder (src/core/levels.ts).
import { levelProblem, MIN_LEVEL } from '../core';

/** The level `--level` names (absent: level 1), or the one-line reason it is not one. */
export function levelArg(
  text: string | undefined,
): { ok: true; level: number } | { ok: false; message: string } {
  if (text === undefined) return { ok: true, level: MIN_LEVEL };
  const level = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
  const problem = levelProblem(level);
  return problem
    ? { ok: false, message: problem.replace(/got null$/, `got "${text.slice(0, 20)}"`) }
    : { ok: true, level };
}
