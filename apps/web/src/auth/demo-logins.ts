/** The demo users `npm start` seeds (API.md), shown on the sign-in page of a local platform. */
export const DEMO_PASSWORD = 'learnflow';

export const DEMO_LOGINS = [
  { email: 'maya@learnflow.dev', name: 'Maya', role: 'student', blurb: 'making steady progress' },
  {
    email: 'james@learnflow.dev',
    name: 'James',
    role: 'student',
    blurb: 'gets stuck on loops',
  },
  { email: 'rodriguez@learnflow.dev', name: 'Mr. Rodriguez', role: 'teacher', blurb: 'teaches them both' },
  { email: 'admin@learnflow.dev', name: 'Admin', role: 'admin', blurb: 'invites teachers, manages accounts' },
] as const;

/** The embedded default runs on this machine: a public deployment shows no demo passwords. */
export function isLocalPlatform(hostname: string): boolean {
  return ['localhost', '127.0.0.1', '[::1]', '::1'].includes(hostname) || hostname.endsWith('.localhost');
}
