/** Erase one data subject's personal data; `erasedBy` is the acting user's id, from the command's metadata. */
export type ErasePersonalData = { type: 'ErasePersonalData'; subjectId: string; reason: string; erasedBy: string };

export type DataSubjectCommand = ErasePersonalData;
