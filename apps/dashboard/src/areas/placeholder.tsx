import { Construction } from 'lucide-react';
import { EmptyState } from '../components/ui/empty-state';

/** Stands for a screen still being built; replaced area by area. */
export function Placeholder({ title }: { title: string }) {
  return (
    <EmptyState icon={Construction} title={title}>
      This screen is on its way.
    </EmptyState>
  );
}
