import { createTheme, type CSSVariablesResolver } from '@mantine/core';
import { COLOURS } from './colours';

/** Mantine's defaults, with a primary colour dark enough for WCAG AA contrast on links and buttons. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
});

/**
 * Mantine's dimmed grey (gray.6) falls short of WCAG AA contrast on white and on striped rows: one shade darker.
 * So does its error red (red.6, 3.4:1), which the forms write their field messages in: red.9 (5.4:1); and the text of
 * a light yellow alert or button (yellow.9 on yellow, 2.6:1: a refusal's "someone else changed this" and its
 * "Reload and retry"): the console's warning brown.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: { '--mantine-color-dimmed': current.colors.gray[7], '--mantine-color-error': current.colors.red[9], '--mantine-color-yellow-light-color': COLOURS.warning },
  dark: {},
});
