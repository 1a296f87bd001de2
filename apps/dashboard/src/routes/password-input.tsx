import { Eye, EyeOff } from 'lucide-react';
import { type ComponentProps, useState } from 'react';
import { Input } from '../components/ui/input';

/** A password input with a show/hide toggle (useful on phones, where typos are common). */
export function PasswordInput(props: Omit<ComponentProps<'input'>, 'type'>) {
  const [visible, setVisible] = useState(false);
  return (
    <div className="relative">
      <Input {...props} type={visible ? 'text' : 'password'} className="pr-11" />
      <button
        type="button"
        onClick={() => setVisible((v) => !v)}
        aria-label={visible ? 'Hide password' : 'Show password'}
        aria-pressed={visible}
        className="absolute inset-y-0 right-0 grid w-11 place-items-center rounded-r-lg text-ink-faint hover:text-ink focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand"
      >
        {visible ? (
          <EyeOff className="size-4" aria-hidden="true" />
        ) : (
          <Eye className="size-4" aria-hidden="true" />
        )}
      </button>
    </div>
  );
}

/** The password rules, ticked as they are met. */
export function PasswordRules({ password }: { password: string }) {
  const long = password.length >= 10;
  return (
    <ul className="space-y-1">
      <li className={long ? 'text-success' : undefined}>
        <span aria-hidden="true">{long ? '✓' : '•'}</span> At least 10 characters
        <span className="sr-only">{long ? ' (met)' : ' (not yet)'}</span>
      </li>
      <li>
        <span aria-hidden="true">•</span> Not a common password — a few unrelated words work well
      </li>
    </ul>
  );
}
