import { TYPE } from '@formatjs/icu-messageformat-parser';

/**
 * The ICU message elements the app formats (src/i18n/translator.ts): text,
 * {arguments}, {numbers, number} (without a style), plural with # and
 * select. src/build/messages-plugin.ts stops the build on a message with any
 * other.
 */
export const FORMATTED_TYPES: readonly TYPE[] = [TYPE.literal, TYPE.argument, TYPE.number, TYPE.select, TYPE.plural, TYPE.pound];
