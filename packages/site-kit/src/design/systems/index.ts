/** The nine design systems, three per category, in the order the create-App wizard shows them. */
import type { CategoryId, DesignSystem } from '../types.js';
import { kilima } from './kilima.js';
import { lenzi } from './lenzi.js';
import { meridian } from './meridian.js';
import { mitindo } from './mitindo.js';
import { ngoma } from './ngoma.js';
import { nuru } from './nuru.js';
import { pwani } from './pwani.js';
import { soko } from './soko.js';
import { utulivu } from './utulivu.js';

export const DESIGN_SYSTEMS: readonly DesignSystem[] = [
  meridian,
  kilima,
  nuru,
  pwani,
  soko,
  mitindo,
  lenzi,
  ngoma,
  utulivu,
];

/** The design system with this id, or undefined. */
export function designSystemById(id: string): DesignSystem | undefined {
  return DESIGN_SYSTEMS.find((d) => d.id === id);
}

/** The three design systems of a category. */
export function designSystemsFor(category: CategoryId): DesignSystem[] {
  return DESIGN_SYSTEMS.filter((d) => d.category === category);
}
