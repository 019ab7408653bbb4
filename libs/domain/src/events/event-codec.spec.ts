import type { StoredEventShape } from '../shared/stored-event.js';
import type { EventCatalogue, Upcaster } from './event-catalogue.js';
import { createEventCodec } from './event-codec.js';
import { EventCodecError } from './event-codec-error.js';

/** A test-only union: ThingNamed has been through two schema changes, ThingDropped none. */
type TestEvent =
  | { type: 'ThingNamed'; data: { name: string; tags: string[] } }
  | { type: 'ThingDropped'; data: { reason: string; after: number | null } };

const upcasterCalls: string[] = [];

// v1 { title } → v2 { name }: the field was renamed.
const renameTitle: Upcaster = ({ title, ...rest }) => {
  upcasterCalls.push('1→2');
  return { ...rest, name: title };
};
// v2 { name } → v3 { name, tags }: tags were added, and old events had none.
const addTags: Upcaster = (data) => {
  upcasterCalls.push('2→3');
  return { ...data, tags: [] };
};

const testCatalogue: EventCatalogue<TestEvent> = {
  ThingNamed: {
    storedName: 'thing-named',
    schemaVersion: 3,
    upcasters: [renameTitle, addTags],
    read: (data) => ({ name: data.string('name'), tags: data.stringArray('tags') }),
  },
  ThingDropped: {
    storedName: 'thing-dropped',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({ reason: data.string('reason'), after: data.nullableNumber('after') }),
  },
};

const codec = createEventCodec(testCatalogue);

beforeEach(() => {
  upcasterCalls.length = 0;
});

describe('event codec', () => {
  describe('encode', () => {
    it('stores the explicit stored name and the current schema version', () => {
      expect(codec.encode({ type: 'ThingNamed', data: { name: 'Oak', tags: ['a'] } })).toEqual({
        type: 'thing-named',
        schemaVersion: 3,
        data: { name: 'Oak', tags: ['a'] },
      });
      expect(codec.encode({ type: 'ThingDropped', data: { reason: 'gone', after: null } })).toEqual({
        type: 'thing-dropped',
        schemaVersion: 1,
        data: { reason: 'gone', after: null },
      });
    });

    it('copies the data, so the stored payload cannot change with the event object', () => {
      const event: TestEvent = { type: 'ThingNamed', data: { name: 'Oak', tags: ['a'] } };
      const stored = codec.encode(event);
      event.data.tags.push('b');
      expect(stored.data).toEqual({ name: 'Oak', tags: ['a'] });
    });

    it('refuses an event type outside the catalogue', () => {
      const stray = { type: 'ThingPainted', data: {} } as unknown as TestEvent;
      expect(() => codec.encode(stray)).toThrow(EventCodecError);
    });
  });

  describe('decode', () => {
    it.each<TestEvent>([
      { type: 'ThingNamed', data: { name: 'Oak', tags: ['a', 'b'] } },
      { type: 'ThingDropped', data: { reason: 'gone', after: 3 } },
      { type: 'ThingDropped', data: { reason: 'gone', after: null } },
    ])('round-trips %p through JSON', (event) => {
      const stored = JSON.parse(JSON.stringify(codec.encode(event))) as StoredEventShape;
      expect(codec.decode(stored)).toEqual(event);
      expect(upcasterCalls).toEqual([]);
    });

    it('upcasts version 1 through the whole chain, in order', () => {
      expect(codec.decode({ type: 'thing-named', schemaVersion: 1, data: { title: 'Oak' } })).toEqual({
        type: 'ThingNamed',
        data: { name: 'Oak', tags: [] },
      });
      expect(upcasterCalls).toEqual(['1→2', '2→3']);
    });

    it('upcasts version 2 from where it stands', () => {
      expect(codec.decode({ type: 'thing-named', schemaVersion: 2, data: { name: 'Oak' } })).toEqual({
        type: 'ThingNamed',
        data: { name: 'Oak', tags: [] },
      });
      expect(upcasterCalls).toEqual(['2→3']);
    });

    it('leaves the stored data as it was', () => {
      const stored = { type: 'thing-named', schemaVersion: 1, data: { title: 'Oak' } };
      codec.decode(stored);
      expect(stored).toEqual({ type: 'thing-named', schemaVersion: 1, data: { title: 'Oak' } });
    });

    it('keeps only the fields the event declares', () => {
      const stored = { type: 'thing-dropped', schemaVersion: 1, data: { reason: 'gone', after: null, extra: 1 } };
      expect(codec.decode(stored)).toEqual({
        type: 'ThingDropped',
        data: { reason: 'gone', after: null },
      });
    });

    it('refuses a type it does not know, by the name it was stored under', () => {
      expect(() => codec.decode({ type: 'ThingNamed', schemaVersion: 3, data: { name: 'Oak', tags: [] } })).toThrow(
        new EventCodecError('cannot decode event type "ThingNamed": it is not in the event catalogue'),
      );
    });

    it('refuses a schema version newer than it knows', () => {
      expect(() => codec.decode({ type: 'thing-named', schemaVersion: 4, data: { name: 'Oak', tags: [] } })).toThrow(
        new EventCodecError(
          'cannot decode thing-named v4: this build knows versions up to 3; deploy a newer build to read it',
        ),
      );
    });

    it.each([0, -1, 1.5, Number.NaN])('refuses schema version %p', (schemaVersion) => {
      expect(() => codec.decode({ type: 'thing-dropped', schemaVersion, data: { reason: 'x', after: null } })).toThrow(
        EventCodecError,
      );
    });

    it.each([
      [{ after: null }, 'thing-dropped v1: data.reason must be a string, found nothing'],
      [{ reason: 7, after: null }, 'thing-dropped v1: data.reason must be a string, found 7'],
      [{ reason: 'x', after: '3' }, 'thing-dropped v1: data.after must be a number or null, found "3"'],
      [{ reason: 'x' }, 'thing-dropped v1: data.after must be a number or null, found nothing'],
    ])('refuses data of the wrong shape %p', (data, message) => {
      expect(() => codec.decode({ type: 'thing-dropped', schemaVersion: 1, data })).toThrow(
        new EventCodecError(message),
      );
    });

    it('refuses data that is not an object', () => {
      const json = '{"type":"thing-dropped","schemaVersion":1,"data":null}';
      const stored = JSON.parse(json) as StoredEventShape;
      expect(() => codec.decode(stored)).toThrow(EventCodecError);
    });

    it('checks the shape after upcasting', () => {
      expect(() => codec.decode({ type: 'thing-named', schemaVersion: 1, data: { name: 'no title' } })).toThrow(
        new EventCodecError('thing-named v3: data.name must be a string, found nothing'),
      );
    });
  });

  describe('catalogue checks', () => {
    it('refuses an upcaster chain that does not reach the current version', () => {
      expect(() =>
        createEventCodec<TestEvent>({
          ...testCatalogue,
          ThingNamed: { ...testCatalogue.ThingNamed, upcasters: [addTags] },
        }),
      ).toThrow('ThingNamed is at schema version 3 so needs 2 upcasters, has 1');
    });

    it('refuses a schema version below 1', () => {
      expect(() =>
        createEventCodec<TestEvent>({
          ...testCatalogue,
          ThingDropped: { ...testCatalogue.ThingDropped, schemaVersion: 0 },
        }),
      ).toThrow('ThingDropped has schema version 0; versions start at 1');
    });

    it('refuses two types stored under one name', () => {
      expect(() =>
        createEventCodec<TestEvent>({
          ...testCatalogue,
          ThingDropped: { ...testCatalogue.ThingDropped, storedName: 'thing-named' },
        }),
      ).toThrow('the stored name "thing-named" is given to two event types');
    });
  });
});
