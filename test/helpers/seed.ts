/** The reference backend's seed ids by case, from its own module: tests never retype them. */
export { SEED_IDS } from '../../demo/backend/seed.js';
