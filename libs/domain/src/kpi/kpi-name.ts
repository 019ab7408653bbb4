/**
 * The academy card's five performance priorities (seed 000, "Audit and Analyse"):
 * progress — % pupils making at least expected progress;
 * curriculum — grade 1–4 for curriculum breadth and personal development (lower is better);
 * teaching — % teaching at least secure Good;
 * attendance — % attendance, compared with the national average recorded with it;
 * transition — % positive post-school destinations.
 */
export const KPI_NAMES = ['progress', 'curriculum', 'teaching', 'attendance', 'transition'] as const;
export type KpiName = (typeof KPI_NAMES)[number];

export const TERMS = ['autumn', 'spring', 'summer'] as const;
export type Term = (typeof TERMS)[number];

export type Rag = 'green' | 'amber' | 'red' | 'grey';
