import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormPanel } from '../../forms/FormPanel';
import { useRegisterExpertise, type CommandAnswer } from './expertise-commands';
import { emptyEntry, entryProblems, profileBody, type EntryValues } from './expertise-values';
import { EntryFields } from './EntryFields';

/** The improvement director lists a member of staff in the database of expertise, to broker support from it. */
export function RegisterExpertiseForm({ onRecorded }: { onRecorded: (answer: CommandAnswer) => void }) {
  const command = useRegisterExpertise();
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<EntryValues>({ initialValues: emptyEntry(), validate: (values) => entryProblems(values, true) });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body = { staffId: values.staffId, ...profileBody(values) };
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded(`${body.name} is listed in the database of expertise.`);
    form.reset();
    onRecorded(answer);
  });

  return (
    <FormPanel title="Register a member of staff" order={2} submitLabel="Register" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <EntryFields form={form} command={command} registering />
    </FormPanel>
  );
}
