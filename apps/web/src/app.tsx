import { useEffect } from 'react';
import { AccountPage } from './account/account-page.tsx';
import { AdminPage } from './admin/admin-page.tsx';
import type { Role } from './api/types.ts';
import { ResetPasswordPage } from './auth/reset-password-page.tsx';
import { SignInPage } from './auth/sign-in-page.tsx';
import { SignUpPage } from './auth/sign-up-page.tsx';
import { ClassesPage } from './classes/classes-page.tsx';
import { JoinClassPage } from './classes/join-class-page.tsx';
import { ExercisePage } from './exercise/exercise-page.tsx';
import { Layout } from './layout/layout.tsx';
import { matchPath, navigate, queryParam, useLocation } from './router/router.tsx';
import { useSession } from './session/session-context.tsx';
import { DashboardPage } from './student/dashboard-page.tsx';
import { TopicPage } from './student/topic-page.tsx';
import { AuthoringPage } from './teacher/authoring/authoring-page.tsx';
import { SessionReplayPage } from './teacher/session-replay-page.tsx';
import { StudentDrillDownPage } from './teacher/student-drill-down-page.tsx';
import { TeacherPortalPage } from './teacher/teacher-portal-page.tsx';
import { NotFound } from './ui/not-found.tsx';

const PUBLIC = ['/sign-in', '/sign-up', '/reset-password'];
const HOME: Record<Role, string> = { student: '/learn', teacher: '/teacher', admin: '/admin' };

/** The client routes; everything but sign-in, sign-up and the password reset needs a session. */
export function App() {
  const location = useLocation();
  const { session } = useSession();
  const path = location.split('?')[0] ?? '/';
  const isPublic = PUBLIC.includes(path);
  const home = HOME[session?.user.role ?? 'student'];

  useEffect(() => {
    if (!session && !isPublic) {
      const next = path === '/' ? '' : `?next=${encodeURIComponent(location)}`;
      navigate(`/sign-in${next}`, { replace: true });
    } else if (session && (isPublic || path === '/')) {
      const next = new URLSearchParams(location.split('?')[1] ?? '').get('next');
      navigate(next?.startsWith('/') && !next.startsWith('//') ? next : home, { replace: true });
    }
  }, [session, isPublic, path, location, home]);

  if (!session) {
    if (path === '/sign-up') return <SignUpPage />;
    if (path === '/reset-password') return <ResetPasswordPage />;
    return <SignInPage />;
  }
  if (isPublic || path === '/') return null;
  return <Layout>{route(location, session.user.role)}</Layout>;
}

function route(location: string, role: Role) {
  const path = location.split('?')[0] ?? '/';
  if (path === '/learn') return <DashboardPage />;
  if (path === '/account') return <AccountPage />;
  const slug = matchPath('/learn/topics/:slug', path)?.slug;
  if (slug) return <TopicPage key={slug} slug={slug} />;
  const exerciseId = matchPath('/learn/exercises/:id', path)?.id;
  if (exerciseId) return <ExercisePage key={exerciseId} exerciseId={exerciseId} />;
  if (role === 'admin' && path === '/admin') return <AdminPage />;
  if (role === 'student' && path === '/join') return <JoinClassPage />;
  const joinCode = role === 'student' ? matchPath('/join/:code', path)?.code : undefined;
  if (joinCode) return <JoinClassPage key={joinCode} code={decodeURIComponent(joinCode)} />;
  if (role === 'teacher') {
    if (path === '/teacher') return <TeacherPortalPage />;
    if (path === '/teacher/classes') return <ClassesPage />;
    const forClass = queryParam(location, 'class');
    if (path === '/teacher/exercises/new')
      return <AuthoringPage key="new" draftId={null} classId={forClass} />;
    const draftId = matchPath('/teacher/exercises/:id', path)?.id;
    if (draftId) return <AuthoringPage key={draftId} draftId={draftId} classId={forClass} />;
    const replayOf = matchPath('/teacher/students/:id/replay', path)?.id;
    if (replayOf) return <SessionReplayPage key={replayOf} studentId={replayOf} />;
    const studentId = matchPath('/teacher/students/:id', path)?.id;
    if (studentId) return <StudentDrillDownPage key={studentId} studentId={studentId} />;
  }
  return <NotFound />;
}
