// @vitest-environment node
// The frame <-> host messages (ARCHITECTURE.md, "Embedding"): exactly these shapes pass, and
// nothing a stranger can post throws or slips through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_HEIGHT, frameMessage } from '../../src/embed/frameMessage';
import { parseFrameMessage, parseHostMessage } from '../../src/embed/protocol';

const hello = { type: 'timeline:hello', v: 1, url: 'https://news.example/story', key: 'timeline' };

describe('host messages', () => {
  it.each([
    ['hello', hello],
    ['hello with an event', { ...hello, event: 'paris-fashion-show' }],
    ['hello with a named key', { ...hello, key: 'second_1' }],
    ['open', { type: 'timeline:open', v: 1, event: 'proposal' }],
    ['close', { type: 'timeline:close', v: 1 }],
  ])('accepts %s', (_name, message) => {
    expect(parseHostMessage(message)).toEqual(message);
  });

  it.each([
    ['another version', { ...hello, v: 2 }],
    ['a version as text', { ...hello, v: '1' }],
    ['no version', { type: 'timeline:close' }],
    ['an unknown type', { type: 'timeline:explode', v: 1 }],
    ['a frame message', { type: 'timeline:height', v: 1, height: 10 }],
    ['a javascript: host', { ...hello, url: 'javascript:alert(1)' }],
    ['a relative host', { ...hello, url: '/story' }],
    ['an overlong host', { ...hello, url: `https://a.example/${'x'.repeat(2000)}` }],
    ['a key with a fragment separator', { ...hello, key: 'a&b' }],
    ['an empty key', { ...hello, key: '' }],
    ['an event id that is no slug', { type: 'timeline:open', v: 1, event: '<script>' }],
    ['an overlong event id', { type: 'timeline:open', v: 1, event: 'a'.repeat(101) }],
    ['an open without an event', { type: 'timeline:open', v: 1 }],
    ['a string', JSON.stringify(hello)],
    ['null', null],
    ['an array', [hello]],
  ])('drops %s', (_name, message) => {
    expect(parseHostMessage(message)).toBeUndefined();
  });

  it('keeps only the fields it knows', () => {
    expect(parseHostMessage({ type: 'timeline:close', v: 1, extra: 'x' })).toEqual({
      type: 'timeline:close',
      v: 1,
    });
  });
});

describe('frame messages', () => {
  it('accepts what the frame sends', () => {
    for (const message of [
      frameMessage.ready(),
      frameMessage.height(640.2),
      frameMessage.opened('proposal'),
      frameMessage.closed(),
    ])
      expect(parseFrameMessage(message)).toEqual(message);
  });

  it('rounds heights up and keeps them within bounds', () => {
    expect(frameMessage.height(640.2)).toMatchObject({ height: 641 });
    expect(frameMessage.height(-5)).toMatchObject({ height: 0 });
    expect(frameMessage.height(1e9)).toMatchObject({ height: MAX_HEIGHT });
  });

  it.each([
    ['a negative height', { type: 'timeline:height', v: 1, height: -1 }],
    ['an endless height', { type: 'timeline:height', v: 1, height: Infinity }],
    ['NaN', { type: 'timeline:height', v: 1, height: NaN }],
    ['a huge height', { type: 'timeline:height', v: 1, height: MAX_HEIGHT + 1 }],
    ['a height as text', { type: 'timeline:height', v: 1, height: '100' }],
    ['a host message', { type: 'timeline:close', v: 1 }],
    ['an opened without an event', { type: 'timeline:opened', v: 1 }],
  ])('drops %s', (_name, message) => {
    expect(parseFrameMessage(message)).toBeUndefined();
  });
});

describe('garbage', () => {
  const type = fc.constantFrom(
    'timeline:hello',
    'timeline:open',
    'timeline:close',
    'timeline:ready',
    'timeline:height',
    'timeline:opened',
    'timeline:closed',
  );
  /** Near misses: a real type with any fields at all, which is what an attacker would try. */
  const nearMiss = fc
    .tuple(type, fc.dictionary(fc.string(), fc.anything()), fc.anything())
    .map(([t, rest, version]) => ({ ...rest, type: t, v: version }));
  const garbage = fc.oneof(fc.anything({ withObjectString: true }), nearMiss);

  it('never throws and never accepts a malformed message', () => {
    fc.assert(
      fc.property(garbage, (data) => {
        const host = parseHostMessage(data);
        const frame = parseFrameMessage(data);
        // Whatever passes is one of the exact shapes: version 1 and a known type.
        for (const message of [host, frame]) {
          if (message === undefined) continue;
          expect(message.v).toBe(1);
          expect(message.type).toMatch(/^timeline:/);
        }
        if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== 1) {
          expect(host).toBeUndefined();
          expect(frame).toBeUndefined();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('drops every value that is not a plain object', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.double(),
          fc.boolean(),
          fc.constant(null),
          fc.array(fc.anything()),
        ),
        (data) => {
          expect(parseHostMessage(data)).toBeUndefined();
          expect(parseFrameMessage(data)).toBeUndefined();
        },
      ),
    );
  });

  it('survives an object whose getters throw', () => {
    const hostile = {
      get type(): string {
        throw new Error('boom');
      },
    };
    expect(parseHostMessage(hostile)).toBeUndefined();
    expect(parseFrameMessage(hostile)).toBeUndefined();
  });
});
