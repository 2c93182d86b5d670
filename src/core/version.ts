export const RULES_VERSION = 2;
