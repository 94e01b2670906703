import { jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokens } from './tokens.ts';

const SECRET = 'a-tokens-test-secret-long-enough-for-hs256';
const key = new TextEncoder().encode(SECRET);
const user = { id: 'user-1', email: 'maya@learnflow.dev', name: 'Maya', role: 'student' as const };
const now = () => Math.floor(Date.now() / 1000);
const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

// jose is the independent implementation the hand-written HS256 is held against.
const joseToken = (claims: Record<string, unknown>, edit?: (jwt: SignJWT) => SignJWT) => {
  const jwt = new SignJWT({ email: user.email, name: user.name, role: user.role, sid: 's-1', ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuer('learnflow')
    .setIssuedAt()
    .setExpirationTime('15m');
  return (edit ? edit(jwt) : jwt).sign(key);
};

describe('createTokens', () => {
  const tokens = createTokens(SECRET, '15m');

  it('verifies what it signs, and jose verifies it too', async () => {
    const token = await tokens.sign(user, 's-1');
    expect(await tokens.verify(token)).toEqual({ ...user, sessionId: 's-1' });
    const { payload, protectedHeader } = await jwtVerify(token, key, { issuer: 'learnflow' });
    expect(protectedHeader).toEqual({ alg: 'HS256' });
    expect(payload).toMatchObject({ sub: user.id, sid: 's-1', role: 'student' });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(900);
  });

  it('verifies a token jose signed with the same secret', async () => {
    expect(await tokens.verify(await joseToken({}))).toEqual({ ...user, sessionId: 's-1' });
  });

  it('refuses a token signed with another secret', async () => {
    const other = createTokens('another-secret-just-as-long-as-the-first', '15m');
    expect(await tokens.verify(await other.sign(user, 's-1'))).toBeNull();
  });

  it('refuses a changed payload, header or signature', async () => {
    const [header, payload, signature] = (await tokens.sign(user, 's-1')).split('.') as [
      string,
      string,
      string,
    ];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const teacher = segment({ ...claims, role: 'teacher' });
    expect(await tokens.verify(`${header}.${teacher}.${signature}`)).toBeNull();
    expect(await tokens.verify(`${segment({ alg: 'none' })}.${payload}.`)).toBeNull();
    expect(
      await tokens.verify(`${segment({ alg: 'HS256', typ: 'JWT' })}.${payload}.${signature}`),
    ).toBeNull();
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    expect(await tokens.verify(`${header}.${payload}.${flipped}`)).toBeNull();
    expect(await tokens.verify(`${header}.${payload}.${signature}=`)).toBeNull();
    expect(await tokens.verify(`${header}.${payload}.${signature}.`)).toBeNull();
    expect(await tokens.verify(`${header}.${payload}`)).toBeNull();
    expect(await tokens.verify('not a token')).toBeNull();
  });

  it('refuses an expired or not yet valid token, another issuer and a token without a session', async () => {
    expect(await tokens.verify(await joseToken({}, (jwt) => jwt.setExpirationTime(now() - 1)))).toBeNull();
    expect(await tokens.verify(await joseToken({}, (jwt) => jwt.setExpirationTime(now())))).toBeNull();
    expect(await tokens.verify(await joseToken({}, (jwt) => jwt.setNotBefore(now() + 60)))).toBeNull();
    expect(await tokens.verify(await joseToken({}, (jwt) => jwt.setIssuer('elsewhere')))).toBeNull();
    expect(await tokens.verify(await joseToken({ sid: undefined }))).toBeNull();
    expect(await tokens.verify(await joseToken({ role: 'owner' }))).toBeNull();
  });
});
