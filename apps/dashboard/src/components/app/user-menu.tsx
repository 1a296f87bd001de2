import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Check, LogOut, Monitor, Moon, Sun, UserRound } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { signOut } from '../../api/auth';
import { sessionQuery } from '../../api/queries';
import {
  isThemeChoice,
  setThemeChoice,
  THEME_CHOICES,
  type ThemeChoice,
  useThemeChoice,
} from '../../lib/theme';

const item =
  'flex cursor-pointer select-none items-center gap-2.5 rounded-md px-2 py-2 text-sm text-ink outline-none data-[highlighted]:bg-subtle';

export const THEME_ICON: Record<ThemeChoice, typeof Sun> = { system: Monitor, light: Sun, dark: Moon };

/**
 * The signed-in person: who they are, the account page, the theme (System / Light / Dark) and sign
 * out. `modal={false}`: the modal variant injects a <style> element, which the server's CSP refuses.
 */
export function UserMenu() {
  const session = useQuery(sessionQuery);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const theme = useThemeChoice();
  const out = useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      queryClient.clear();
      await navigate({ to: '/sign-in' });
    },
  });
  const user = session.data?.user;
  const initials = (user?.name ?? '?')
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join('');
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="grid size-9 place-items-center rounded-full bg-ink text-[13px] font-semibold text-canvas hover:bg-ink/85 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand">
        {/* Initials are a picture of the person; the button is named for what it opens. */}
        <span aria-hidden="true">{initials}</span>
        <span className="sr-only">Account menu</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 w-64 rounded-xl border border-line bg-surface p-1.5 shadow-pop"
        >
          <div className="px-2 py-2">
            <p className="truncate text-sm font-medium text-ink">{user?.name}</p>
            <p className="truncate text-xs text-ink-faint">{user?.email}</p>
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-line" />
          <DropdownMenu.Item asChild className={item}>
            <Link to="/account">
              <UserRound className="size-4 text-ink-faint" aria-hidden="true" /> Account
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="my-1 h-px bg-line" />
          <DropdownMenu.Label className="px-2 pb-1 pt-1.5 text-xs font-medium text-ink-faint">
            Theme
          </DropdownMenu.Label>
          <DropdownMenu.RadioGroup
            value={theme}
            onValueChange={(value) => {
              if (isThemeChoice(value)) setThemeChoice(value);
            }}
          >
            {THEME_CHOICES.map(({ value, label }) => {
              const Icon = THEME_ICON[value];
              return (
                <DropdownMenu.RadioItem
                  key={value}
                  value={value}
                  // Keep the menu open: the change shows at once, and a second try is one click away.
                  onSelect={(e) => e.preventDefault()}
                  className={item}
                >
                  <Icon className="size-4 text-ink-faint" aria-hidden="true" />
                  <span className="flex-1">{label}</span>
                  <DropdownMenu.ItemIndicator>
                    <Check className="size-4 text-brand" aria-hidden="true" />
                  </DropdownMenu.ItemIndicator>
                </DropdownMenu.RadioItem>
              );
            })}
          </DropdownMenu.RadioGroup>
          <DropdownMenu.Separator className="my-1 h-px bg-line" />
          <DropdownMenu.Item onSelect={() => out.mutate()} className={item}>
            <LogOut className="size-4 text-ink-faint" aria-hidden="true" /> Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
