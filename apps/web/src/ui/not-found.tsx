import { Link } from '../router/router.tsx';
import { useTitle } from './use-title.ts';

export function NotFound() {
  useTitle('Page not found');
  return (
    <section className="page narrow">
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <Link href="/">Go to your home page</Link>
    </section>
  );
}
