// An example of a bot written outside the project: `npm run sim -- --scenario old-neighbourhood
// --seed 1 --bot-file examples/first-concern-bot.mjs`. It answers the first visible concern with
// the forces it names, calls drifting forces together once a month, and otherwise ends the month.
// A bot only reads the state it is given and returns an action; the core refuses illegal ones.

/** @type {import('../src/bots').Bot} */
export default {
  name: 'first-concern',
  description: 'answers the first visible concern with the forces it needs; coordinates drifting forces',
  choose(state) {
    const drifting = Object.keys(state.forces).filter((f) => state.forces[f].alignment < 50);
    if (state.coordinated.length === 0 && drifting.length > 0 && state.energy >= 2)
      return { type: 'coordinate', forces: drifting.slice(0, 2) };
    const concern = state.concerns.find((c) => c.hiddenFor === 0);
    if (concern && state.energy >= 1)
      return { type: 'respond', concern: concern.id, forces: [...concern.needs.forces] };
    return { type: 'endMonth' };
  },
};
