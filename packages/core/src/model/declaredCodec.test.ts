import * as t from 'io-ts';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type Codec, declared, type Unbranded } from './declaredCodec';
import { fields } from './fields';
import { Id } from './identifiers';
import { Year } from './year';

interface Session {
  sessionId: Id;
  year: Year;
  areas?: Array<Id>;
}
const SessionFields = fields({ sessionId: Id, year: Year }, { areas: t.array(Id) }, 'Session');

describe('declared', () => {
  it('returns the codec itself, typed by the declared interface', () => {
    const Session: Codec<Session> = declared<Session>()(SessionFields);
    expect(Session).toBe(SessionFields);
    expect(Session.is({ sessionId: 'session:1', year: 2009 })).toBe(true);
    expect(Session.is({ sessionId: 'Not An Id', year: 2009 })).toBe(false);
    expectTypeOf(Session.encode).returns.toEqualTypeOf<Unbranded<Session>>();
  });

  it('does not compile when the declared type differs from the codec, field for field', () => {
    // @ts-expect-error areas is optional in the codec
    const required = declared<{ sessionId: Id; year: Year; areas: Array<Id> }>()(SessionFields);
    // @ts-expect-error the codec has a field areas the type does not declare
    const missing = declared<{ sessionId: Id; year: Year }>()(SessionFields);
    // @ts-expect-error sessionId is a branded Id in the codec, not any string
    const unbranded = declared<{ sessionId: string; year: Year; areas?: Array<Id> }>()(SessionFields);
    // @ts-expect-error readonly fields are not what the codec decodes to
    const readonlyField = declared<{ readonly sessionId: Id; year: Year; areas?: Array<Id> }>()(SessionFields);
    expect([required, missing, unbranded, readonlyField].every((codec) => codec === SessionFields)).toBe(true);
  });
});

describe('Unbranded', () => {
  it('is the plain data a branded value is written as', () => {
    expectTypeOf<Unbranded<Session>>().toEqualTypeOf<{ sessionId: string; year: number; areas?: Array<string> }>();
    expectTypeOf<Unbranded<'person' | 'attendance'>>().toEqualTypeOf<'person' | 'attendance'>();
  });
});
