/** The messages DTOs give when a field has the wrong shape (the domain words the rules it checks itself). */

export const textMessage = (field: string): string => `${field} must be a string`;
export const notEmptyMessage = (field: string): string => `${field} must not be empty`;
export const maxLengthMessage = (field: string, length: number): string => `${field} must be at most ${length} characters`;
export const oneOfMessage = (field: string, values: readonly string[]): string => `${field} must be one of: ${values.join(', ')}`;
