import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts object keys at every depth, so key order does not change the text', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
    expect(canonicalJson({ kpi: 'progress', value: 70 })).toBe(canonicalJson({ value: 70, kpi: 'progress' }));
  });

  it('leaves out undefined members as JSON.stringify does, and keeps array positions', () => {
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
    expect(canonicalJson([undefined, 1])).toBe('[null,1]');
  });

  it('tells different values apart', () => {
    expect(canonicalJson({ value: 70 })).not.toBe(canonicalJson({ value: '70' }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(undefined)).toBe('null');
  });
});
