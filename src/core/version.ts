export const RULES_VERSION = 3;
