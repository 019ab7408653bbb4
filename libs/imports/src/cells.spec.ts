import { CellError, dateCell, listCell, moneyCell, numberCell, partsListCell } from './cells.js';

describe('spreadsheet cells', () => {
  it.each([
    ['12/03/2025', '2025-03-12'],
    ['1/9/2024', '2024-09-01'],
    ['2025-03-12', '2025-03-12'],
    [' 31/12/2024 ', '2024-12-31'],
  ])('reads the day %s (UK, day first, or ISO) as %s', (cell, iso) => {
    expect(dateCell(cell, 'date')).toBe(iso);
  });

  it.each([
    ['03/13/2025', /not a day of the calendar/],
    ['31/02/2025', /not a day of the calendar/],
    ['2025-02-30', /not a day of the calendar/],
    ['12 March 2025', /12\/03\/2025 \(day first\) or 2025-03-12/],
    ['', /must not be empty/],
  ])('refuses the day "%s", naming the column', (cell, message) => {
    expect(() => dateCell(cell, 'heldOn')).toThrow(message);
    expect(() => dateCell(cell, 'heldOn')).toThrow(expect.objectContaining({ column: 'heldOn' }) as Error);
  });

  it.each([
    ['£1,234.50', 123_450],
    ['1234.50', 123_450],
    ['1234.5', 123_450],
    ['£350', 35_000],
    ['1,000,000', 100_000_000],
    ['123450p', 123_450],
    ['-£12.00', -1_200],
  ])('reads the amount %s as %i pence', (cell, pence) => {
    expect(moneyCell(cell, 'amount')).toBe(pence);
  });

  it.each(['£12.345', '12,34', 'ten pounds', '1.5p'])('refuses the amount "%s"', (cell) => {
    expect(() => moneyCell(cell, 'amount')).toThrow(CellError);
  });

  it('reads numbers, with a percentage sign allowed', () => {
    expect(numberCell('94.6', 'value')).toBe(94.6);
    expect(numberCell('94.6%', 'value')).toBe(94.6);
    expect(() => numberCell('ninety', 'value')).toThrow(/must be a number/);
  });

  it('reads lists separated by semicolons, and items of parts separated by bars', () => {
    expect(listCell(' a; b ;; c ')).toEqual(['a', 'b', 'c']);
    expect(partsListCell('Dee Director | improvement-director | chair; Hana Head|headteacher')).toEqual([
      ['Dee Director', 'improvement-director', 'chair'],
      ['Hana Head', 'headteacher'],
    ]);
  });
});
