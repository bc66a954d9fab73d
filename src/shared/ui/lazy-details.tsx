import { type ReactNode, useState } from 'react';

/**
 * A `<details>` whose content is rendered only once it is opened: a long
 * list of closed ones costs the page nothing for what nobody looks at.
 * Once opened, the content stays rendered, so closing and opening again
 * keeps what the reader did inside it.
 */
export function LazyDetails({
  summary,
  initiallyOpen = false,
  className,
  children,
}: {
  summary: ReactNode;
  initiallyOpen?: boolean;
  className?: string | undefined;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(initiallyOpen);
  return (
    <details
      className={className}
      open={initiallyOpen || undefined}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
