import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Mantine's defaults, with a primary colour dark enough for WCAG AA contrast on links and buttons. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
});

/**
 * Mantine's dimmed grey (gray.6) falls short of WCAG AA contrast on white and on striped rows: one shade darker.
 * So does its error red (red.6), the colour of a field's message and of the text in a field at fault: red.9.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: { '--mantine-color-dimmed': current.colors.gray[7], '--mantine-color-error': current.colors.red[9] },
  dark: {},
});
