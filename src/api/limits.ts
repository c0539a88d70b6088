/** The longest note a cancellation request may carry (characters): the schema checks it, the form counts it. */
export const NOTE_MAX = 1000;
/** The longest name or order reference a declaration may carry (characters). */
export const DECLARATION_FIELD_MAX = 200;
