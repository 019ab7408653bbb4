/** The messages DTOs give when a field has the wrong shape (the domain words the rules it checks itself). */

export const textMessage = (field: string): string => `${field} must be a string`;
export const notEmptyMessage = (field: string): string => `${field} must not be empty`;
export const maxLengthMessage = (field: string, length: number): string => `${field} must be at most ${length} characters`;
export const oneOfMessage = (field: string, values: readonly string[]): string => `${field} must be one of: ${values.join(', ')}`;
/** `members must be a list`, or with the shape of its items, `attendees must be a list of attendees, each { name, role }`. */
export const listMessage = (field: string, items?: string): string => `${field} must be a list${items === undefined ? '' : ` of ${items}`}`;
export const daysMessage = (field: string): string => `${field} must be a number of days in half days (0.5, 1, 1.5, ...)`;
