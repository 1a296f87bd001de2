/** Asks for a link's address and checks it before it reaches the text (https, mailto, tel, page paths). */
import { useEffect, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { TextField } from '../../../components/ui/field';
import { checkLink, LINK_RULE } from './links';

interface LinkDialogProps {
  open: boolean;
  initial: string;
  onClose: () => void;
  onSave: (href: string | null) => void;
}

export function LinkDialog({ open, initial, onClose, onSave }: LinkDialogProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setValue(initial);
      setError(null);
    }
  }, [open, initial]);
  const submit = () => {
    const result = checkLink(value);
    if ('error' in result) setError(result.error);
    else {
      onSave(result.href);
      onClose();
    }
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={initial ? 'Edit link' : 'Add a link'}
      footer={
        <>
          {initial && (
            <Button
              variant="ghost"
              className="mr-auto text-danger"
              onClick={() => {
                onSave(null);
                onClose();
              }}
            >
              Remove link
            </Button>
          )}
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button form="link-form" type="submit">
            Save link
          </Button>
        </>
      }
    >
      <form
        id="link-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <TextField
          label="Address"
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
          placeholder="https://example.co.ke or /menu"
          hint={LINK_RULE}
          error={error}
          autoFocus
          autoComplete="off"
          spellCheck={false}
        />
      </form>
    </Dialog>
  );
}
