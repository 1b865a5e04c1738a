import type { ReactNode } from 'react';
import { Icon } from './Icon.tsx';

/** A page title with an optional back button and actions on the right. */
export function PageHeader({ title, back = false, actions }: { title: ReactNode; back?: boolean; actions?: ReactNode }) {
  return (
    <header className="page-header">
      {back && (
        <button type="button" className="icon-button" aria-label="Back" onClick={() => window.history.back()}>
          <Icon name="back" />
        </button>
      )}
      <h1>{title}</h1>
      <div className="page-header-actions">{actions}</div>
    </header>
  );
}
