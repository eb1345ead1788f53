import type { PhoneRules } from './phoneRules';

/**
 * Fetches the phone-number rules: the lazy chunk (`import()`), which bundlers split off the kit with
 * libphonenumber-js. The module system keeps it, so every provider of the page shares one load.
 */
export const loadPhoneRules = (): Promise<PhoneRules> =>
  import('./phoneRules').then((module) => module.phoneRules);
