import { useEffect } from 'react';

/** Sets the tab title: "<page> · LearnFlow". */
export function useTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · LearnFlow` : 'LearnFlow';
  }, [title]);
}
