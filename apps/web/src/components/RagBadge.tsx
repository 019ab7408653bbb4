import { Badge } from '@mantine/core';
import { COLOURS } from '../app/colours';
import { isRag, RAG_WORDS, type Rag } from '../format/format';

const BACKGROUNDS: Record<Rag, string> = { green: COLOURS.good, amber: 'yellow.4', red: COLOURS.bad, grey: 'gray.3' };
const TEXT: Record<Rag, string> = { green: 'white', amber: 'black', red: 'white', grey: 'black' };

/** A RAG rating as colour and word, never colour alone. */
export function RagBadge({ rag, label }: { rag: string; label?: string }) {
  const value: Rag = isRag(rag) ? rag : 'grey';
  return (
    <Badge color={BACKGROUNDS[value]} c={TEXT[value]} variant="filled" radius="sm" data-rag={value}>
      {label ?? RAG_WORDS[value]}
    </Badge>
  );
}
