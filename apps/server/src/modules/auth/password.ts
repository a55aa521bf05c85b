import argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP-grade memory and time costs). */
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  // Without a hash, verify against a throwaway one anyway so unknown accounts answer as slowly as known ones.
  const target = hash ?? (await dummyHash);
  try {
    return (await argon2.verify(target, password)) && hash !== null;
  } catch {
    return false;
  }
}

const dummyHash = argon2.hash('pilotis-no-such-account', { type: argon2.argon2id });
