export const RULES_VERSION = 1;
