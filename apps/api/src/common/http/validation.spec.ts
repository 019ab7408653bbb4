import type { ValidationError } from '@nestjs/common';
import { fieldProblems, hostileInputAt } from './validation.js';

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

  it('finds text PostgreSQL cannot store: NUL, a lone surrogate, in a value or a key', () => {
    expect(hostileInputAt({ name: 'a\u0000b' }, '')).toMatchObject({ field: 'name' });
    expect(hostileInputAt({ list: ['ok', '\ud800'] }, '')).toMatchObject({ field: 'list.1' });
    expect(hostileInputAt('x\udc00', 'streamId')).toMatchObject({ field: 'streamId' });
    expect(hostileInputAt({ ['k\u0000']: 1 }, '')).toMatchObject({ field: 'body' });
  });

  it('lets ordinary text through, accents, emoji (paired surrogates) and control characters PostgreSQL stores included', () => {
    expect(hostileInputAt({ name: 'Zoë Ångström 🏫', note: '\u0007\u202e', n: 1, b: true, none: null, list: [] }, '')).toBeNull();
    expect(hostileInputAt('academy-123456', 'streamId')).toBeNull();
  });
});
