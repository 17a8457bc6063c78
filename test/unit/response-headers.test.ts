// verify's own header lookups agree with fetch's Headers on what the checks ask of them.
import { describe, expect, it } from 'vitest';
import { ResponseHeaders } from '../../src/checks/http.js';

describe('ResponseHeaders', () => {
  const raw = [
    'Location',
    '/login?next=%2F',
    'Set-Cookie',
    'session=a; HttpOnly; Path=/',
    'Vary',
    'Cookie',
    'set-cookie',
    'remember=b; Path=/',
    'vary',
    'Accept',
  ];
  const ours = new ResponseHeaders(raw);
  const theirs = new Headers();
  for (let i = 0; i < raw.length; i += 2) theirs.append(raw[i]!, raw[i + 1]!);

  it('looks a header up by any case, joining repeats as fetch does, and answers null for none', () => {
    for (const name of ['location', 'LOCATION', 'vary', 'Content-Type']) expect(ours.get(name), name).toBe(theirs.get(name));
    expect(ours.get('vary')).toBe('Cookie, Accept');
    expect(ours.get('content-type')).toBeNull();
  });

  it('keeps each Set-Cookie apart', () => {
    expect(ours.getSetCookie()).toEqual(theirs.getSetCookie());
    expect(ours.getSetCookie()).toEqual(['session=a; HttpOnly; Path=/', 'remember=b; Path=/']);
  });
});
