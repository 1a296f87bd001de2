import type { Starter } from '../../../api/client';
import { SlugField } from '../../../components/app/slug-field';
import { TextField } from '../../../components/ui/field';
import { SiteFrame } from '../site-frame';
import { previewPath, starterTitle } from './categories';

interface DetailsStepProps {
  starter: Starter;
  name: string;
  slug: string;
  errors: { name?: string; slug?: string };
  onName: (name: string) => void;
  onSlug: (slug: string) => void;
  onChangeDesign: () => void;
}

/** Step 3: the App's name and its address, next to a reminder of the design it starts from. */
export function DetailsStep({
  starter,
  name,
  slug,
  errors,
  onName,
  onSlug,
  onChangeDesign,
}: DetailsStepProps) {
  const { title, subtitle } = starterTitle(starter);
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_18rem]">
      <div className="space-y-5 rounded-xl border border-line bg-surface p-5 shadow-card sm:p-6">
        <TextField
          label="App name"
          name="name"
          placeholder="Mama Oliech Restaurant"
          value={name}
          maxLength={80}
          autoComplete="organization"
          onChange={(e) => onName(e.target.value)}
          error={errors.name}
          hint="Usually your business’s name. It becomes your site’s title."
        />
        <SlugField
          slug={slug}
          error={errors.slug}
          onChange={onSlug}
          hint="Your site’s address. Lowercase letters, digits and hyphens."
          placeholder="mama-oliech"
        />
      </div>
      <aside
        aria-label="Chosen design"
        className="overflow-hidden rounded-xl border border-line bg-surface shadow-card"
      >
        <SiteFrame
          src={previewPath(starter)}
          title={`Live preview of the ${title} design`}
          className="aspect-[4/3] border-b border-line"
          viewportWidth={1200}
        />
        <div className="flex items-start justify-between gap-3 p-4">
          <div className="min-w-0">
            <p className="text-xs font-medium uppercase tracking-wide text-ink-faint">Design</p>
            <p className="font-semibold text-ink">{title}</p>
            <p className="text-[13px] text-ink-muted">{subtitle}</p>
          </div>
          <button
            type="button"
            onClick={onChangeDesign}
            className="shrink-0 rounded text-[13px] font-medium text-brand hover:underline focus-visible:outline-2 focus-visible:outline-brand"
          >
            Change
          </button>
        </div>
      </aside>
    </div>
  );
}
