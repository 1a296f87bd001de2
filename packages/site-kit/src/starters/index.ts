/** The nine starters (category × design system), in the order the create-App wizard shows them. */
import type { CategoryId, Starter } from '../design/types.js';
import { businessKilima } from './business-kilima.js';
import { businessMeridian } from './business-meridian.js';
import { businessNuru } from './business-nuru.js';
import { creatorsLenzi } from './creators-lenzi.js';
import { creatorsNgoma } from './creators-ngoma.js';
import { creatorsUtulivu } from './creators-utulivu.js';
import { shopsMitindo } from './shops-mitindo.js';
import { shopsPwani } from './shops-pwani.js';
import { shopsSoko } from './shops-soko.js';

export const STARTERS: readonly Starter[] = [
  businessMeridian,
  businessKilima,
  businessNuru,
  shopsPwani,
  shopsSoko,
  shopsMitindo,
  creatorsLenzi,
  creatorsNgoma,
  creatorsUtulivu,
];

/** The starter with this id (`<category>-<designSystem>`), or undefined. */
export function starterById(id: string): Starter | undefined {
  return STARTERS.find((s) => s.id === id);
}

/** The three starters of a category. */
export function startersFor(category: CategoryId): Starter[] {
  return STARTERS.filter((s) => s.category === category);
}
