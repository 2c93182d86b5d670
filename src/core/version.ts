export const RULES_VERSION = 5;
