import { createTheme } from '@mantine/core';

/** Mantine's defaults, with a primary colour dark enough for WCAG AA contrast on links and buttons. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
});
