import { describe, expect, it } from 'vitest';
import { isLocalPlatform } from '../auth/demo-logins.ts';
import { matchPath, queryParam } from '../router/match-path.ts';
import { levelClass } from './level.ts';

describe('levels', () => {
  it('gives each level its colour class', () => {
    expect(levelClass('Proficient')).toBe('level-proficient');
  });
});

describe('routes', () => {
  it('matches paths with params and ignores the query', () => {
    expect(matchPath('/learn/topics/:slug', '/learn/topics/for-loops?x=1')).toEqual({ slug: 'for-loops' });
    expect(matchPath('/learn/topics/:slug', '/learn/topics')).toBeNull();
    expect(matchPath('/teacher', '/teacher/')).toEqual({});
    expect(queryParam('/teacher/students/1?alert=a2', 'alert')).toBe('a2');
  });
});

describe('demo logins', () => {
  it('show only on a platform running on this machine', () => {
    expect(isLocalPlatform('localhost')).toBe(true);
    expect(isLocalPlatform('127.0.0.1')).toBe(true);
    expect(isLocalPlatform('learnflow.example.com')).toBe(false);
  });
});
