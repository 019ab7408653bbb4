import { Checkbox, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useSession } from '../../auth/SessionProvider';
import { formatDate } from '../../format/format';
import { FormPanel } from '../../forms/FormPanel';
import { schoolDayProblem } from '../../forms/shape-rules';
import { academyNameIn } from './visit-part';
import { useScheduleVisit, type CommandAnswer, type PeerReviewGroup, type ScheduleVisitBody } from './peer-review-commands';

interface VisitValues {
  hostAcademyId: string;
  visitDate: string;
  reviewerIds: string[];
  /** Empty: the group's lead. */
  leadHeadteacherId: string;
  facilitatorUserId: string;
}

const MAX_PERSON_ID = 200;

/**
 * The improvement director enters a visit the group agreed in its diary: the school visited, the day, the
 * visiting headteachers, who leads it when not the group's lead, and who facilitates.
 */
export function ScheduleVisitForm({ group, onRecorded }: { group: PeerReviewGroup; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useScheduleVisit(group.groupId);
  const { me } = useSession();
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<VisitValues>({
    initialValues: { hostAcademyId: '', visitDate: '', reviewerIds: [], leadHeadteacherId: '', facilitatorUserId: me?.roles.includes('improvement-director') === true ? me.userId : '' },
    validate: {
      hostAcademyId: (value) => (group.members.some((member) => member.academyId === value) ? null : 'Choose the academy visited'),
      visitDate: (value) => schoolDayProblem(value, 'the day of the visit'),
      reviewerIds: (value, values) => (visitors(value, values.hostAcademyId).length === 0 ? 'Choose at least one visiting headteacher' : null),
      leadHeadteacherId: (value, values) => {
        const host = group.members.find((member) => member.academyId === values.hostAcademyId)?.headteacherId;
        return (value === '' ? group.leadHeadteacherId : value) === host ? "Choose who leads this visit: the group's lead hosts it" : null;
      },
      facilitatorUserId: (value) => (value.trim().length > MAX_PERSON_ID ? `At most ${MAX_PERSON_ID} characters` : null),
    },
  });
  const hostHead = group.members.find((member) => member.academyId === form.values.hostAcademyId)?.headteacherId;
  const others = group.members.filter((member) => member.headteacherId !== hostHead);
  const academyName = (academyId: string): string => academyNameIn(group, academyId);
  /** The visitors chosen, never the host's own headteacher (the host may have changed since they were ticked). */
  function visitors(chosen: string[], hostAcademyId: string): string[] {
    const host = group.members.find((member) => member.academyId === hostAcademyId)?.headteacherId;
    return chosen.filter((id) => id !== host);
  }

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const lead = values.leadHeadteacherId === hostHead ? '' : values.leadHeadteacherId;
    const body: ScheduleVisitBody = {
      hostAcademyId: values.hostAcademyId,
      visitDate: values.visitDate,
      reviewerIds: visitors(values.reviewerIds, values.hostAcademyId),
      ...(lead === '' ? {} : { leadHeadteacherId: lead }),
      ...(values.facilitatorUserId.trim() === '' ? {} : { facilitatorUserId: values.facilitatorUserId.trim() }),
    };
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded(`Visit to ${academyName(body.hostAcademyId)} on ${formatDate(body.visitDate)} is in the diary.`);
    form.reset();
    onRecorded(answer);
  });

  return (
    <FormPanel title="Schedule a visit" order={3} submitLabel="Schedule the visit" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <NativeSelect
        label="Academy visited"
        withAsterisk
        data={[{ value: '', label: 'Choose the academy' }, ...group.members.map((member) => ({ value: member.academyId, label: `${academyName(member.academyId)} (URN ${member.academyId})` }))]}
        {...form.getInputProps('hostAcademyId')}
        error={form.errors['hostAcademyId'] ?? command.fieldError('hostAcademyId')}
      />
      <TextInput label="Day of the visit" description="A school day in the group's year; the focus is due a week before." type="date" withAsterisk {...form.getInputProps('visitDate')} error={form.errors['visitDate'] ?? command.fieldError('visitDate')} />
      <Checkbox.Group label="Visiting headteachers" withAsterisk {...form.getInputProps('reviewerIds')} error={form.errors['reviewerIds'] ?? command.fieldError('reviewerIds')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
          {others.map((member) => (
            <Checkbox key={member.headteacherId} value={member.headteacherId} label={`${member.name}, ${academyName(member.academyId)}`} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <NativeSelect
        label="Lead headteacher of this visit"
        data={[{ value: '', label: "The group's lead" }, ...others.map((member) => ({ value: member.headteacherId, label: member.name }))]}
        {...form.getInputProps('leadHeadteacherId')}
        error={form.errors['leadHeadteacherId'] ?? command.fieldError('leadHeadteacherId')}
      />
      <TextInput
        label="Facilitator's user id"
        description="The improvement director or hub lead who attends: they may then read the visit and record on it."
        {...form.getInputProps('facilitatorUserId')}
        error={form.errors['facilitatorUserId'] ?? command.fieldError('facilitatorUserId')}
      />
    </FormPanel>
  );
}
