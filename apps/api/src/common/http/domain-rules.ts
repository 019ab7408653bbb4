import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { DomainError, parseAcademicYear, parseInstant, parseIsoDate, parseMoney, parseText } from '@trust/domain';

/**
 * Field validators that apply libs/domain's own rules, so the HTTP layer refuses exactly what the domain
 * would, before anything else runs, and its 400 names the field with the domain's words.
 */

type Parse = (value: unknown, field: string) => unknown;

/** The domain's refusal of `value` as the field `field` (its message, naming the field), or null when it accepts it. */
export function domainRefusal(parse: Parse, value: unknown, field: string): string | null {
  try {
    parse(value, field);
    return null;
  } catch (error: unknown) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
}

function AcceptedBy(name: string, parse: Parse, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name,
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => domainRefusal(parse, value, args?.property ?? name) === null,
        defaultMessage: (args?: ValidationArguments) => domainRefusal(parse, args?.value, args?.property ?? name) ?? `${args?.property ?? name} is not acceptable`,
      },
    },
    options,
  );
}

const parseInstantOrDate: Parse = (value, field) => parseInstant(value, field, { dateAlone: true });

/** A calendar date YYYY-MM-DD: a real day within the ledger's window (parseIsoDate). */
export const IsIsoDate = (options?: ValidationOptions): PropertyDecorator => AcceptedBy('isIsoDate', parseIsoDate, options);

/** An ISO 8601 timestamp with a zone, its day by the rule for dates (parseInstant). */
export const IsInstant = (options?: ValidationOptions): PropertyDecorator => AcceptedBy('isInstant', parseInstant, options);

/** A timestamp as IsInstant, or a date alone (midnight UTC). */
export const IsInstantOrDate = (options?: ValidationOptions): PropertyDecorator => AcceptedBy('isInstantOrDate', parseInstantOrDate, options);

/** An academic year YYYY/YY within the ledger's window (parseAcademicYear). */
export const IsAcademicYear = (options?: ValidationOptions): PropertyDecorator => AcceptedBy('isAcademicYear', parseAcademicYear, options);

/** A whole number of pence from 0 to MAX_PENCE (parseMoney). */
export const IsPence = (options?: ValidationOptions): PropertyDecorator => AcceptedBy('isPence', parseMoney, options);

/** Free text by the domain's rule (parseText): no control characters, bidirectional overrides or only invisible ones; at most `maxLength`. */
export const IsFreeText = (maxLength: number, options?: ValidationOptions): PropertyDecorator =>
  AcceptedBy('isFreeText', (value, field) => parseText(value, field, maxLength), options);
