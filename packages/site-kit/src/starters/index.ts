/** The nine starters (category × design system), in the order the create-App wizard shows them. */
import type { Starter } from '../design/types.js';
import { businessMeridian } from './business-meridian.js';

export const STARTERS: readonly Starter[] = [businessMeridian];

/** The starter with this id (`<category>-<designSystem>`), or undefined. */
export function starterById(id: string): Starter | undefined {
  return STARTERS.find((s) => s.id === id);
}
