import type { ValidationError } from '@nestjs/common';
import { fieldProblems } from './validation.js';

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
