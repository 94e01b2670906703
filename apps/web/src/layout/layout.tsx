import { type ReactNode, useEffect, useRef } from 'react';
import { Link, useLocation } from '../router/router.tsx';
import { useSession } from '../session/session-context.tsx';
import { LiveIndicator } from './live-indicator.tsx';
import { LiveToasts } from './live-toasts.tsx';

const ROLE_LABEL = { student: 'Student', teacher: 'Teacher', admin: 'Admin' } as const;

/** The signed-in frame: skip link, header with navigation, main landmark, live toasts. */
export function Layout({ children }: { children: ReactNode }) {
  const { session, signOut } = useSession();
  const location = useLocation();
  const path = location.split('?')[0] ?? '';
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a client-side navigation, move focus to the new page like a full load would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each path change
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [path]);

  if (!session) return null;
  const { role } = session.user;
  const NAV = {
    teacher: [
      { href: '/teacher', label: 'Class' },
      { href: '/teacher/classes', label: 'Classes' },
      { href: '/learn', label: 'Curriculum' },
    ],
    admin: [
      { href: '/admin', label: 'Accounts' },
      { href: '/learn', label: 'Curriculum' },
    ],
    student: [
      { href: '/learn', label: 'Dashboard' },
      { href: '/join', label: 'Join a class' },
    ],
  };
  const nav = NAV[role];
  const home = nav[0]?.href ?? '/learn';

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link href={home} className="brand" aria-label="LearnFlow home">
          <span className="brand-mark" aria-hidden="true">
            LF
          </span>
          <span className="brand-name">LearnFlow</span>
        </Link>
        <nav aria-label="Main">
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={path === item.href ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-end">
          <LiveIndicator />
          <Link
            href="/account"
            className="user-name"
            title={`${session.user.email}: your account`}
            aria-current={path === '/account' ? 'page' : undefined}
          >
            {session.user.name}
            <span className="user-role">{ROLE_LABEL[role]}</span>
          </Link>
          <button type="button" className="button small ghost" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        {children}
      </main>
      <LiveToasts role={session.user.role} />
    </div>
  );
}
