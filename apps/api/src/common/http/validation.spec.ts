import type { ValidationError } from '@nestjs/common';
import { fieldProblems, hostileInputAt, MAX_INPUT_DEPTH } from './validation.js';

describe('fieldProblems', () => {
  it('gives each message with the dotted path of the field it names, nested ones included', () => {
    const errors: ValidationError[] = [
      { property: 'kpi', constraints: { isIn: 'kpi must be one of: progress' }, children: [] },
      {
        property: 'rates',
        children: [{ property: 'teacher', constraints: { isInt: 'teacher must be an integer' }, children: [] }],
      },
    ];
    expect(fieldProblems(errors)).toEqual([
      { field: 'kpi', message: 'kpi must be one of: progress' },
      { field: 'rates.teacher', message: 'teacher must be an integer' },
    ]);
  });
});

describe('hostileInputAt', () => {
  it('finds a prototype key at any depth, parsed from JSON as an own property', () => {
    expect(hostileInputAt(JSON.parse('{"name": "a", "__proto__": {"polluted": true}}'), '')).toMatchObject({ field: '__proto__' });
    expect(hostileInputAt(JSON.parse('{"rates": {"constructor": {"prototype": {}}}}'), '')).toMatchObject({ field: 'rates.constructor' });
    expect(hostileInputAt({ risks: [{ title: 'a', prototype: 1 }] }, '')).toMatchObject({ field: 'risks.0.prototype' });
  });

  it('finds text that is not text by the domain\'s rule, in a value or a key: NUL, a lone surrogate, controls, bidirectional overrides, only invisible characters', () => {
    expect(hostileInputAt({ name: 'a\u0000b' }, '')).toMatchObject({ field: 'name' });
    expect(hostileInputAt({ list: ['ok', '\ud800'] }, '')).toMatchObject({ field: 'list.1' });
    expect(hostileInputAt('x\udc00', 'streamId')).toMatchObject({ field: 'streamId' });
    expect(hostileInputAt({ ['k\u0000']: 1 }, '')).toMatchObject({ field: 'body' });
    expect(hostileInputAt({ note: 'ring \u0007' }, '')).toMatchObject({ field: 'note', message: 'note: contains a control character (only tab and line breaks are allowed)' });
    expect(hostileInputAt({ risks: [{ title: 'a\u202eb' }] }, '')).toMatchObject({ field: 'risks.0.title' });
    expect(hostileInputAt({ name: '\u200b\u200b' }, '')).toMatchObject({ field: 'name', message: 'name: contains only invisible characters' });
    expect(hostileInputAt('\u2066x\u2069', 'area')).toMatchObject({ field: 'area' });
  });

  it('lets ordinary text through: accents, emoji (paired surrogates), line breaks and tabs', () => {
    expect(hostileInputAt({ name: 'Zoë Ångström 🏫', note: 'one\ntwo\r\nthree\tfour', n: 1, b: true, none: null, list: [] }, '')).toBeNull();
    expect(hostileInputAt('academy-123456', 'streamId')).toBeNull();
  });

  it(`refuses input nested more than ${MAX_INPUT_DEPTH} deep, naming the top-level field it is in, without overflowing the stack`, () => {
    const nested = (depth: number): unknown => Array.from({ length: depth }).reduce<unknown>((inner) => [inner], 1);
    expect(hostileInputAt({ name: nested(2_000) }, '')).toMatchObject({ field: 'name' });
    expect(hostileInputAt({ risks: [{ title: 'a', owner: { x: nested(100_000) } }] }, '')).toMatchObject({ field: 'risks' });
    expect(hostileInputAt(nested(100_000), '')).toMatchObject({ field: 'body' });
    expect(hostileInputAt({ deep: nested(MAX_INPUT_DEPTH - 1) }, '')).toBeNull();
    expect(hostileInputAt({ deep: nested(MAX_INPUT_DEPTH) }, '')).toMatchObject({ field: 'deep' });
  });
});
