import type { DomainEvent, ExpertiseListing, ExpertiseProfile } from '@trust/domain';

/**
 * The expertise-directory read model, as a pure fold: each member of staff's entry as it stands (withdrawn
 * ones kept, not listed), and each academy's hub, so a search can offer the supported academy's hub first.
 */

export interface DirectoryEntry extends ExpertiseProfile {
  staffId: string;
  /** False once withdrawn: not offered when brokering. */
  listed: boolean;
  position: bigint;
}

export interface DirectoryAcademy {
  academyId: string;
  hub: string;
  position: bigint;
}

export interface ExpertiseDirectory {
  entries: ReadonlyMap<string, DirectoryEntry>;
  academies: ReadonlyMap<string, DirectoryAcademy>;
  lastPosition: bigint;
}

export interface ExpertiseDirectoryChange {
  entry: DirectoryEntry | null;
  academy: DirectoryAcademy | null;
}

export const EXPERTISE_DIRECTORY_SOURCE_EVENT_TYPES = ['ExpertiseRegistered', 'ExpertiseUpdated', 'ExpertiseWithdrawn', 'AcademyRegistered'] as const;
export type ExpertiseDirectorySourceEventType = (typeof EXPERTISE_DIRECTORY_SOURCE_EVENT_TYPES)[number];
export type ExpertiseDirectorySourceEvent = Extract<DomainEvent, { type: ExpertiseDirectorySourceEventType }>;

export function isExpertiseDirectorySourceEvent(event: DomainEvent): event is ExpertiseDirectorySourceEvent {
  return (EXPERTISE_DIRECTORY_SOURCE_EVENT_TYPES as readonly string[]).includes(event.type);
}

export const initialExpertiseDirectory = (): ExpertiseDirectory => ({ entries: new Map(), academies: new Map(), lastPosition: 0n });

const NO_CHANGE: ExpertiseDirectoryChange = { entry: null, academy: null };

/** What the event at `position` changes, given the entry it is about (null when none yet). Pure. */
export function expertiseDirectoryChange(event: ExpertiseDirectorySourceEvent, position: bigint, current: DirectoryEntry | null): ExpertiseDirectoryChange {
  switch (event.type) {
    case 'AcademyRegistered':
      return { entry: null, academy: { academyId: event.data.academyId, hub: event.data.hub, position } };
    case 'ExpertiseRegistered':
    case 'ExpertiseUpdated': {
      const { staffId, name, employerAcademyId, role, areas, otherAreas } = event.data;
      return { ...NO_CHANGE, entry: { staffId, name, employerAcademyId, role, areas, otherAreas, listed: true, position } };
    }
    case 'ExpertiseWithdrawn':
      return current === null || !current.listed ? NO_CHANGE : { ...NO_CHANGE, entry: { ...current, listed: false, position } };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/** The directory after one more event at `position`. Pure; an event at or below the last position changes nothing. */
export function evolveExpertiseDirectory(directory: ExpertiseDirectory, event: DomainEvent, position: bigint): ExpertiseDirectory {
  if (position <= directory.lastPosition) return directory;
  if (!isExpertiseDirectorySourceEvent(event)) return { ...directory, lastPosition: position };
  const current = event.type === 'AcademyRegistered' ? null : (directory.entries.get(event.data.staffId) ?? null);
  const { entry, academy } = expertiseDirectoryChange(event, position, current);
  return {
    entries: entry === null ? directory.entries : new Map(directory.entries).set(entry.staffId, entry),
    academies: academy === null ? directory.academies : new Map(directory.academies).set(academy.academyId, academy),
    lastPosition: position,
  };
}

/** The listed entries, with their employer's hub, as the domain's findExpertise takes them. */
export function listingsOf(directory: ExpertiseDirectory): ExpertiseListing[] {
  return [...directory.entries.values()]
    .filter((entry) => entry.listed)
    .map(({ staffId, name, employerAcademyId, role, areas, otherAreas }) => ({
      staffId,
      name,
      employerAcademyId,
      role,
      areas,
      otherAreas,
      hub: employerAcademyId === null ? null : (directory.academies.get(employerAcademyId)?.hub ?? null),
    }));
}
