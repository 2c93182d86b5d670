export const RULES_VERSION = 6;
