import type { CSSProperties } from 'react';
import { THEME_ICON } from '../../components/app/user-menu';
import { setThemeChoice, THEME_CHOICES, type ThemeChoice, useThemeChoice } from '../../lib/theme';
import { ChoiceCard } from './onboarding/choice-card';
import { SettingsSection } from './section';

/**
 * Each theme's colours for its little picture: fixed values, so the Light card looks light even in
 * the dark theme. (React's style prop sets CSSOM properties, which the CSP allows.)
 */
const SWATCH = {
  light: { canvas: '#f7f8fa', surface: '#ffffff', line: '#e6e8ec', ink: '#d0d5dd', brand: '#0f766e' },
  dark: { canvas: '#0c0e12', surface: '#15181e', line: '#272c35', ink: '#383e4a', brand: '#2dd4bf' },
} as const;

const DESCRIPTION: Record<ThemeChoice, string> = {
  system: 'Follows your device, light by day and dark by night if it switches.',
  light: 'Dark text on light surfaces.',
  dark: 'Light text on dark surfaces, easier on the eyes at night.',
};

/** A miniature dashboard in one theme: header bar, sidebar, a card with a button. */
function Miniature({ theme, style }: { theme: 'light' | 'dark'; style?: CSSProperties }) {
  const c = SWATCH[theme];
  return (
    <div className="flex h-full w-full flex-col gap-1.5 p-2.5" style={{ background: c.canvas, ...style }}>
      <div className="h-2 rounded-sm" style={{ background: c.surface, boxShadow: `0 0 0 1px ${c.line}` }} />
      <div className="flex flex-1 gap-1.5">
        <div className="flex w-1/4 flex-col gap-1">
          <div className="h-1.5 rounded-sm" style={{ background: c.brand, opacity: 0.5 }} />
          <div className="h-1.5 rounded-sm" style={{ background: c.ink }} />
          <div className="h-1.5 rounded-sm" style={{ background: c.ink }} />
        </div>
        <div
          className="flex flex-1 flex-col justify-between rounded-sm p-1.5"
          style={{ background: c.surface, boxShadow: `0 0 0 1px ${c.line}` }}
        >
          <div className="space-y-1">
            <div className="h-1.5 w-3/4 rounded-sm" style={{ background: c.ink }} />
            <div className="h-1.5 w-1/2 rounded-sm" style={{ background: c.ink }} />
          </div>
          <div className="h-2.5 w-1/3 self-end rounded-sm" style={{ background: c.brand }} />
        </div>
      </div>
    </div>
  );
}

function Picture({ choice }: { choice: ThemeChoice }) {
  if (choice !== 'system') return <Miniature theme={choice} />;
  // Half and half: light on the left, dark on the right.
  return (
    <div className="relative h-full w-full">
      <Miniature theme="light" />
      <div className="absolute inset-0" style={{ clipPath: 'inset(0 0 0 50%)' }}>
        <Miniature theme="dark" />
      </div>
    </div>
  );
}

/** The dashboard's theme: System (default), Light or Dark, kept on this device. */
export function AppearanceSection() {
  const choice = useThemeChoice();
  return (
    <SettingsSection
      id="appearance"
      title="Appearance"
      description="How the dashboard looks on this device. Your sites keep their own design."
    >
      <fieldset>
        <legend className="sr-only">Theme</legend>
        <div className="grid grid-cols-3 gap-2 sm:gap-3">
          {THEME_CHOICES.map(({ value, label }) => {
            const Icon = THEME_ICON[value];
            return (
              <ChoiceCard
                key={value}
                name="theme"
                value={value}
                checked={choice === value}
                onChange={(v) => setThemeChoice(v as ThemeChoice)}
              >
                <div className="aspect-[16/9] border-b border-line" aria-hidden="true">
                  <Picture choice={value} />
                </div>
                <div className="flex flex-1 flex-col gap-1 p-2.5 sm:p-3">
                  <span className="flex items-center gap-2 text-sm font-medium text-ink">
                    <Icon className="size-4 shrink-0 text-ink-faint" aria-hidden="true" />
                    {label}
                  </span>
                  {/* Three across on a phone too: the pictures say it, the words join on wider screens. */}
                  <span className="hidden text-[13px] text-ink-muted sm:block">{DESCRIPTION[value]}</span>
                </div>
              </ChoiceCard>
            );
          })}
        </div>
      </fieldset>
    </SettingsSection>
  );
}
