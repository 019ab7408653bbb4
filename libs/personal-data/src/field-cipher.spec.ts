import { randomBytes } from 'node:crypto';
import { isSealed, openField, sealField, SEALED_PREFIX, SealedFieldError } from './field-cipher.js';

describe('a sealed field', () => {
  const key = randomBytes(32);

  it('opens, with its key and context, to the value sealed, whatever its JSON type', () => {
    for (const value of ['Dr Amira Shah', ['maths', 'SEND'], { name: 'A', role: 'chair' }, 42, null]) {
      const sealed = sealField(value, key, 'ExpertiseRegistered:name');
      expect(sealed.startsWith(SEALED_PREFIX)).toBe(true);
      expect(isSealed(sealed)).toBe(true);
      expect(sealed).not.toContain('Amira');
      expect(openField(sealed, key, 'ExpertiseRegistered:name')).toEqual(value);
    }
  });

  it('seals the same value differently each time (a fresh nonce), so equal names do not show as equal', () => {
    expect(sealField('Dr Amira Shah', key, 'c')).not.toBe(sealField('Dr Amira Shah', key, 'c'));
  });

  it('does not open with another key, in another field, or once altered', () => {
    const sealed = sealField('Dr Amira Shah', key, 'ExpertiseRegistered:name');
    expect(() => openField(sealed, randomBytes(32), 'ExpertiseRegistered:name')).toThrow(SealedFieldError);
    expect(() => openField(sealed, key, 'SipAssigned:name')).toThrow(SealedFieldError);
    const bytes = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64');
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    expect(() => openField(`${SEALED_PREFIX}${bytes.toString('base64')}`, key, 'ExpertiseRegistered:name')).toThrow(SealedFieldError);
    expect(() => openField('Dr Amira Shah', key, 'x')).toThrow(SealedFieldError);
  });

  it('takes only 256-bit keys', () => {
    expect(() => sealField('x', randomBytes(16), 'c')).toThrow(RangeError);
  });
});
