/** The longest note a cancellation request may carry (characters): the schema checks it, the form counts it. */
export const NOTE_MAX = 1000;
