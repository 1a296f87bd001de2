import type { Category } from './categories';
import { starterTitle } from './categories';
import { ChoiceCard } from './choice-card';

/** Step 1: what kind of business the App is for (decides which three designs come next). */
export function CategoryStep({
  categories,
  value,
  onChange,
}: {
  categories: Category[];
  value: string | null;
  onChange: (id: string) => void;
}) {
  return (
    <fieldset>
      <legend className="sr-only">Category</legend>
      <div className="grid gap-4 md:grid-cols-3">
        {categories.map((category) => {
          const Icon = category.icon;
          return (
            <ChoiceCard
              key={category.id}
              name="category"
              value={category.id}
              checked={value === category.id}
              onChange={onChange}
              className="p-5"
            >
              <span className="grid size-11 place-items-center rounded-xl bg-brand-soft text-brand">
                <Icon className="size-5.5" aria-hidden="true" />
              </span>
              <span className="mt-4 text-base font-semibold text-ink">{category.name}</span>
              <span className="mt-1 text-sm text-ink-muted">{category.blurb}</span>
              <span className="mt-4 text-xs text-ink-faint">
                {category.starters.length} designs:{' '}
                {category.starters.map((s) => starterTitle(s).title).join(', ')}
              </span>
            </ChoiceCard>
          );
        })}
      </div>
    </fieldset>
  );
}
