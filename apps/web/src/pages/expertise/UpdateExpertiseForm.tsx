import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormPanel } from '../../forms/FormPanel';
import { useUpdateExpertise, type CommandAnswer } from './expertise-commands';
import { entryProblems, profileBody, type EntryValues } from './expertise-values';
import { EntryFields } from './EntryFields';

/** A member of staff's entry as it should now stand: it replaces the whole entry. */
export function UpdateExpertiseForm({ entry, onRecorded }: { entry: EntryValues; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useUpdateExpertise(entry.staffId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<EntryValues>({ initialValues: entry, validate: (values) => entryProblems(values, false) });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body = profileBody(values);
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded(answer.events.length === 0 ? 'Nothing changed: the entry already stood so.' : `${body.name}'s entry is updated.`);
    onRecorded(answer);
  });

  return (
    <FormPanel title={`Update ${entry.name}'s entry`} order={3} submitLabel="Update the entry" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <EntryFields form={form} command={command} registering={false} />
    </FormPanel>
  );
}
