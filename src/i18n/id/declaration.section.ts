import { declaration } from '../en/declaration.js';
export const declarationSection = { ...declaration };
