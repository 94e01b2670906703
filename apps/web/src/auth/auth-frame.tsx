import type { ReactNode } from 'react';

/** The signed-out pages: brand, one card, a short pitch. */
export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="auth-page">
      <main className="auth-main" id="main">
        <div className="auth-brand">
          <span className="brand-mark" aria-hidden="true">
            LF
          </span>
          <span className="brand-name">LearnFlow</span>
        </div>
        <p className="auth-pitch">
          Learn Python by doing: runnable lessons, an AI tutor beside your code, instant feedback.
        </p>
        <section className="card auth-card" aria-labelledby="auth-title">
          <h1 id="auth-title">{title}</h1>
          {children}
        </section>
      </main>
    </div>
  );
}
