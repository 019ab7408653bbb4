/**
 * Badge colours dark enough for white text at badge size to meet WCAG AA (4.5:1) on the console's
 * backgrounds; Mantine's green.9 and orange.9 fall just short.
 */
export const COLOURS = {
  good: '#1f6b2e',
  bad: '#b02525',
  warning: '#a63a0b',
  neutral: '#495057',
  info: '#1c4f8c',
} as const;
