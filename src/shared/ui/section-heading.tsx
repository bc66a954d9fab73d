import type { ReactNode } from 'react';

export function SectionHeading({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h2 id={id} className="mt-8 text-lg font-semibold text-slate-900 dark:text-slate-100">
      {children}
    </h2>
  );
}
