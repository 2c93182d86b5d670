// The stable table codes number scenarios by. Append only: a code names its scenario by its index
// here, so an entry is never moved or removed (a retired scenario keeps its place). A shipped
// scenario missing from it fails tests/codes (its codes could not be written).
export const SCENARIO_TABLE: readonly string[] = [
  'old-neighbourhood',
  'administrative-village',
  'new-estate',
  'burden-relief',
  'village-to-residence',
  'flood-season',
];

/** Bits a scenario index takes in a code (up to 32 scenarios before a new format). */
export const SCENARIO_INDEX_BITS = 5;
