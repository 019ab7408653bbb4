import { Anchor, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export default function NotFoundPage() {
  return (
    <>
      <Title order={1}>Page not found</Title>
      <Text mt="md">
        There is no such page in the console.{' '}
        <Anchor component={Link} to="/">
          Go to the trust overview
        </Anchor>
        .
      </Text>
    </>
  );
}
