import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Mantine's defaults, with a primary colour dark enough for WCAG AA contrast on links and buttons. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
});

/** Mantine's dimmed grey (gray.6) falls short of WCAG AA contrast on white and on striped rows: one shade darker. */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: { '--mantine-color-dimmed': current.colors.gray[7] },
  dark: {},
});
