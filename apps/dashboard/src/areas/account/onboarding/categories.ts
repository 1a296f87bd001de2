/** The three kinds of business the starters are made for, in the order the wizard offers them. */
import { Briefcase, type LucideIcon, Palette, Store } from 'lucide-react';
import type { Starter } from '../../../api/client';

export interface Category {
  id: string;
  name: string;
  blurb: string;
  icon: LucideIcon;
  starters: Starter[];
}

/** Words and an icon per category; a category the dashboard does not know yet still shows, plainly. */
const COPY: Record<string, { blurb: string; icon: LucideIcon }> = {
  business: { blurb: 'Firms, consultancies, agencies and professional services.', icon: Briefcase },
  shops: { blurb: 'Cafés, restaurants, grocers, markets and boutiques.', icon: Store },
  creators: { blurb: 'Photographers, musicians, writers, coaches and artists.', icon: Palette },
};

/** Groups the starters by category, keeping the server's order. */
export function categoriesOf(starters: Starter[]): Category[] {
  const byId = new Map<string, Category>();
  for (const starter of starters) {
    let category = byId.get(starter.category);
    if (!category) {
      const copy = COPY[starter.category] ?? { blurb: '', icon: Briefcase };
      category = { id: starter.category, name: starter.categoryName, ...copy, starters: [] };
      byId.set(starter.category, category);
    }
    category.starters.push(starter);
  }
  return [...byId.values()];
}

/** "Pwani — café & restaurant" → ["Pwani", "café & restaurant"]. */
export function starterTitle(starter: Starter): { title: string; subtitle: string } {
  const [title = starter.designSystemName, ...rest] = starter.name.split(' — ');
  return { title, subtitle: rest.join(' — ') };
}

/** The preview's path on this origin (the server gives an absolute URL on its PUBLIC_URL). */
export function previewPath(starter: Starter): string {
  try {
    return new URL(starter.previewUrl, globalThis.location?.origin).pathname;
  } catch {
    return starter.previewUrl;
  }
}
