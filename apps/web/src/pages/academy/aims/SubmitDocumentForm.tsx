import { NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatDate } from '../../../format/format';
import { pastDateProblem, todayInLondon } from '../../../forms/shape-rules';
import { useSubmitAimDocument, type CommandAnswer, type SubmitAimDocumentBody } from './aim-commands';
import { AIM_DOCUMENTS, documentLabel, isOneOf, choicesOf, RAG_RATED_DOCUMENTS, RAG_RATINGS } from './aim-words';
import { FormPanel } from '../../../forms/FormPanel';

interface DocumentValues {
  type: string;
  rag: string;
  submittedOn: string;
}

const isRated = (type: string): boolean => RAG_RATED_DOCUMENTS.some((rated) => rated === type);

export function submitDocumentBody(values: DocumentValues): SubmitAimDocumentBody {
  const type = isOneOf(AIM_DOCUMENTS, values.type) ? values.type : 'headteacher-report';
  return {
    type,
    ...(isRated(type) && isOneOf(RAG_RATINGS, values.rag) ? { rag: values.rag } : {}),
    ...(values.submittedOn === '' ? {} : { submittedOn: values.submittedOn }),
  };
}

/**
 * The headteacher circulates the AIM's documents, the previous AIM report and the pupil premium strategy RAG
 * rated. The ledger dates a document the day it is received; only for a meeting whose day has passed (one
 * recorded after it took place) may the day it came in be named.
 */
export function SubmitDocumentForm({ aim, onRecorded }: { aim: { aimId: string; date: string }; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useSubmitAimDocument(aim.aimId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const dayHasPassed = aim.date < todayInLondon();
  const form = useForm<DocumentValues>({
    initialValues: { type: '', rag: '', submittedOn: '' },
    validate: {
      type: (value) => (isOneOf(AIM_DOCUMENTS, value) ? null : 'Say which document this is'),
      rag: (value, values) => (!isRated(values.type) || isOneOf(RAG_RATINGS, value) ? null : 'Rate it red, amber or green: it is circulated RAG rated'),
      submittedOn: (value) => {
        if (value === '') return null;
        return pastDateProblem(value, 'the day it came in') ?? (value > aim.date ? `Must not be after the AIM's day, ${formatDate(aim.date)}` : null);
      },
    },
  });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body = submitDocumentBody(values);
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded(`${documentLabel(body.type)} submitted${body.rag === undefined || body.rag === null ? '' : `, rated ${RAG_RATINGS[body.rag].toLowerCase()}`}.`);
    form.reset();
    onRecorded(answer);
  });

  return (
    <FormPanel title="Submit a document" submitLabel="Submit the document" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <NativeSelect label="Document" withAsterisk data={choicesOf(AIM_DOCUMENTS, 'Choose the document')} {...form.getInputProps('type')} error={form.errors['type'] ?? command.fieldError('type')} />
      {isRated(form.values.type) && (
        <NativeSelect
          label="RAG rating"
          description="This document is circulated RAG rated."
          withAsterisk
          data={choicesOf(RAG_RATINGS, 'Choose a rating')}
          {...form.getInputProps('rag')}
          error={form.errors['rag'] ?? command.fieldError('rag')}
        />
      )}
      {dayHasPassed && (
        <TextInput
          label="Day it came in"
          description="Only for a meeting recorded after it took place. Leave it empty and the ledger dates the document today."
          type="date"
          {...form.getInputProps('submittedOn')}
          error={form.errors['submittedOn'] ?? command.fieldError('submittedOn')}
        />
      )}
    </FormPanel>
  );
}
