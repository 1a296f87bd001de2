import { ArrowUpRight } from 'lucide-react';
import type { Starter } from '../../../api/client';
import { SiteFrame } from '../site-frame';
import { previewPath, starterTitle } from './categories';
import { ChoiceCard } from './choice-card';

/** Step 2: the three designs of the category, each a live (scaled) view of its starter site. */
export function DesignStep({
  starters,
  value,
  onChange,
}: {
  starters: Starter[];
  value: string | null;
  onChange: (id: string) => void;
}) {
  return (
    <fieldset>
      <legend className="sr-only">Design</legend>
      <div className="grid gap-5 md:grid-cols-3">
        {starters.map((starter) => {
          const { title, subtitle } = starterTitle(starter);
          return (
            <ChoiceCard
              key={starter.id}
              name="starter"
              value={starter.id}
              checked={value === starter.id}
              onChange={onChange}
            >
              <SiteFrame
                src={previewPath(starter)}
                title={`Live preview of the ${title} design`}
                className="aspect-[4/3] border-b border-line"
                viewportWidth={1200}
              />
              <span className="flex flex-1 flex-col p-4">
                <span className="font-semibold text-ink">{title}</span>
                <span className="text-[13px] text-ink-muted">{subtitle || starter.designSystemName}</span>
                <span className="mt-2 line-clamp-3 text-xs text-ink-faint">{starter.description}</span>
                <a
                  href={previewPath(starter)}
                  target="_blank"
                  rel="noreferrer"
                  className="mt-3 inline-flex w-fit items-center gap-1 rounded text-xs font-medium text-brand hover:underline focus-visible:outline-2 focus-visible:outline-brand"
                >
                  Open full preview <ArrowUpRight className="size-3" aria-hidden="true" />
                  <span className="sr-only">of {title} (opens in a new tab)</span>
                </a>
              </span>
            </ChoiceCard>
          );
        })}
      </div>
    </fieldset>
  );
}
