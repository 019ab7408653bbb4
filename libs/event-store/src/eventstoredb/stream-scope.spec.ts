import { StreamScope } from './stream-scope.js';

describe('stream scope', () => {
  it('without a prefix, maps stream ids 1:1 and leaves out EventStoreDB system streams', () => {
    const scope = new StreamScope();
    expect(scope.toServer('academy-100001')).toBe('academy-100001');
    expect(scope.fromServer('academy-100001')).toBe('academy-100001');
    expect(scope.fromServer('$stats-127.0.0.1:2113')).toBeNull();
    expect(scope.fromServer('$$academy-100001')).toBeNull();
  });

  it('with a prefix, adds it on the way in, removes it on the way out, and sees no other stream', () => {
    const scope = new StreamScope('test-42:');
    expect(scope.toServer('academy-100001')).toBe('test-42:academy-100001');
    expect(scope.fromServer('test-42:academy-100001')).toBe('academy-100001');
    expect(scope.fromServer('academy-100001')).toBeNull();
    expect(scope.fromServer('test-43:academy-100001')).toBeNull();
  });

  it('refuses stream ids that would be system streams, empty stream ids and a $ prefix', () => {
    expect(() => new StreamScope().toServer('$settings')).toThrow(/system streams/);
    expect(() => new StreamScope().toServer('')).toThrow(/must not be empty/);
    expect(() => new StreamScope('$ledger-')).toThrow(/must not start with \$/);
    expect(new StreamScope('ledger-').toServer('$x')).toBe('ledger-$x');
  });
});
