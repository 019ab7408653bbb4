import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RagBadge } from './RagBadge';

describe('RagBadge', () => {
  it('says the rating in words as well as colour', () => {
    render(
      <MantineProvider>
        <RagBadge rag="amber" />
        <RagBadge rag="grey" />
        <RagBadge rag="something else" />
      </MantineProvider>,
    );
    expect(screen.getByText('Amber').closest('[data-rag]')).toHaveAttribute('data-rag', 'amber');
    expect(screen.getAllByText('No data')).toHaveLength(2);
  });
});
