/**
 * Which of the server's streams one client works with. Without a prefix: every stream that is not an
 * EventStoreDB system stream (`$...`). With one: only streams whose server name starts with it; the
 * prefix is added on the way in and removed on the way out, so callers never see it.
 */
export class StreamScope {
  constructor(readonly prefix = '') {
    if (prefix.startsWith('$')) throw new RangeError(`A stream prefix must not start with $ (EventStoreDB system streams do), got "${prefix}"`);
  }

  toServer(streamId: string): string {
    if (streamId === '') throw new RangeError('A stream id must not be empty');
    const serverStreamId = this.prefix + streamId;
    if (serverStreamId.startsWith('$')) throw new RangeError(`Stream ids starting with $ are EventStoreDB system streams, got "${streamId}"`);
    return serverStreamId;
  }

  /** The caller's stream id for a server stream, or null when the stream is a system stream or outside this scope. */
  fromServer(serverStreamId: string): string | null {
    if (serverStreamId.startsWith('$') || !serverStreamId.startsWith(this.prefix)) return null;
    return serverStreamId.slice(this.prefix.length);
  }
}
