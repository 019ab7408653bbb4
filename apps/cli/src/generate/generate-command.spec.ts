import { generateRequestFrom } from './generate-command.js';

describe('generate options', () => {
  it('defaults to 50 academies over 3 years, seed 42, into DATABASE_URL', () => {
    expect(generateRequestFrom([], { DATABASE_URL: 'postgres://db/trust' })).toEqual({
      academies: 50,
      years: 3,
      seed: 42,
      concurrency: 16,
      databaseUrl: 'postgres://db/trust',
    });
  });

  it('reads each option, --database-url before DATABASE_URL, and the embedded database without either', () => {
    expect(generateRequestFrom(['--academies', '7', '--years', '2', '--seed', '9', '--concurrency', '4', '--database-url', 'postgres://other/db'], { DATABASE_URL: 'postgres://db/trust' })).toEqual({
      academies: 7,
      years: 2,
      seed: 9,
      concurrency: 4,
      databaseUrl: 'postgres://other/db',
    });
    expect(generateRequestFrom([], {}).databaseUrl).toBeNull();
  });

  it('names the option at fault', () => {
    expect(() => generateRequestFrom(['--academies', 'many'], {})).toThrow('--academies must be an integer from 1 to 800000, got "many"');
    expect(() => generateRequestFrom(['--years', '0'], {})).toThrow('--years must be an integer from 1 to 30');
    expect(() => generateRequestFrom(['--colour', 'blue'], {})).toThrow(/colour/);
  });
});
