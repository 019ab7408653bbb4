import type { DomainEvent, KpiName, Term } from '@trust/domain';
import { academyCardView, evolveAcademyCard, summariseRag, type AcademyCard, type AcademyCardKpi } from './academy-card.js';

const academyId = '140001';
const year = '2024/25';

const registered: Extract<DomainEvent, { type: 'AcademyRegistered' }> = {
  type: 'AcademyRegistered',
  data: { academyId, name: 'Oakfield Primary', phase: 'primary', hub: 'North', joinedOn: '2021-09-01', predecessorUrns: ['110001'] },
};
const target = (kpi: KpiName, value: number, academicYear = year): DomainEvent => ({
  type: 'KpiTargetSet',
  data: { academyId, academicYear, kpi, target: value },
});
const recorded = (kpi: KpiName, term: Term, value: number, { academicYear = year, nationalAverage = null as number | null } = {}): DomainEvent => ({
  type: 'KpiRecorded',
  data: { academyId, academicYear, term, kpi, value, nationalAverage },
});
const corrected = (kpi: KpiName, term: Term, value: number, previousValue: number, academicYear = year): DomainEvent => ({
  type: 'KpiCorrected',
  data: { academyId, academicYear, term, kpi, value, previousValue, reason: 'data entry error' },
});

/** Folds events at positions 1, 2, 3, ... */
function given(...events: DomainEvent[]): AcademyCard | null {
  return events.reduce<AcademyCard | null>((card, event, index) => evolveAcademyCard(card, event, BigInt(index + 1)), null);
}

/** Given `history`, when `event` arrives at the next position: the resulting card. */
function when(history: DomainEvent[], event: DomainEvent): AcademyCard | null {
  return evolveAcademyCard(given(...history), event, BigInt(history.length + 1));
}

function row(overrides: Partial<AcademyCardKpi> & Pick<AcademyCardKpi, 'kpi'>): AcademyCardKpi {
  return { academicYear: year, term: 'autumn', value: null, target: null, nationalAverage: null, rag: 'grey', corrected: false, ...overrides };
}

describe('evolveAcademyCard', () => {
  describe('AcademyRegistered', () => {
    it('given no card, when the academy is registered, then the card shows who it is and nothing else yet', () => {
      expect(when([], registered)).toEqual({
        academyId,
        name: 'Oakfield Primary',
        phase: 'primary',
        hub: 'North',
        joinedOn: '2021-09-01',
        predecessorUrns: ['110001'],
        tier: null,
        overallEffectiveness: null,
        riskLevel: null,
        sip: null,
        nextAim: null,
        kpis: [],
        ragSummary: { green: 0, amber: 0, red: 0, grey: 0 },
        lastPosition: 1n,
      });
    });

    it('given a card, when a second registration arrives, then the card is unchanged', () => {
      const card = given(registered);
      const again: DomainEvent = { type: 'AcademyRegistered', data: { ...registered.data, name: 'Renamed' } };
      expect(evolveAcademyCard(card, again, 2n)).toBe(card);
    });
  });

  describe('before registration', () => {
    it('given no card, when a KPI event arrives, then there is still no card', () => {
      expect(when([], recorded('progress', 'autumn', 80))).toBeNull();
      expect(when([], target('progress', 80))).toBeNull();
      expect(when([], corrected('progress', 'autumn', 80, 70))).toBeNull();
    });
  });

  describe('KpiTargetSet', () => {
    it('given no figure, when a target is set, then it shows as a grey row with no term and no value', () => {
      const card = when([registered], target('progress', 80));
      expect(card?.kpis).toEqual([row({ kpi: 'progress', term: null, target: 80 })]);
      expect(card?.ragSummary).toEqual({ green: 0, amber: 0, red: 0, grey: 1 });
      expect(card?.lastPosition).toBe(2n);
    });

    it('given a figure with no target, when a target is set, then the figure is recoloured against it', () => {
      const before = given(registered, recorded('progress', 'autumn', 77));
      expect(before?.kpis).toEqual([row({ kpi: 'progress', value: 77, rag: 'grey' })]);

      const card = when([registered, recorded('progress', 'autumn', 77)], target('progress', 80));
      expect(card?.kpis).toEqual([row({ kpi: 'progress', value: 77, target: 80, rag: 'amber' })]);
      expect(card?.ragSummary).toEqual({ green: 0, amber: 1, red: 0, grey: 0 });
    });

    it('given figures in several terms, when the target changes, then every term of that year is recoloured and other years are not', () => {
      const history = [
        registered,
        target('teaching', 80, '2023/24'),
        recorded('teaching', 'summer', 79, { academicYear: '2023/24' }),
        target('teaching', 80),
        recorded('teaching', 'autumn', 81),
        recorded('teaching', 'spring', 78),
      ];
      expect(given(...history)?.kpis.map((kpi) => kpi.rag)).toEqual(['amber', 'green', 'amber']);

      const card = when(history, target('teaching', 90));
      expect(card?.kpis).toEqual([
        row({ kpi: 'teaching', academicYear: '2023/24', term: 'summer', value: 79, target: 80, rag: 'amber' }),
        row({ kpi: 'teaching', term: 'autumn', value: 81, target: 90, rag: 'red' }),
        row({ kpi: 'teaching', term: 'spring', value: 78, target: 90, rag: 'red' }),
      ]);
    });
  });

  describe('KpiRecorded', () => {
    it('given a target, when a figure is recorded, then it replaces the grey row and is rated against the target', () => {
      const card = when([registered, target('progress', 80)], recorded('progress', 'autumn', 82, { nationalAverage: 75 }));
      expect(card?.kpis).toEqual([row({ kpi: 'progress', value: 82, target: 80, nationalAverage: 75, rag: 'green' })]);
    });

    it.each([
      ['progress', 80, 80, 'green'],
      ['progress', 80, 75, 'amber'],
      ['progress', 80, 74.9, 'red'],
      ['curriculum', 2, 2, 'green'],
      ['curriculum', 2, 3, 'amber'],
      ['curriculum', 2, 4, 'red'],
      ['attendance', 95, 94, 'amber'],
      ['attendance', 95, 93.9, 'red'],
    ] as const)('given %s with a target of %d, when %d is recorded, then it is %s', (kpi, targetValue, value, rag) => {
      const card = when([registered, target(kpi, targetValue)], recorded(kpi, 'spring', value));
      expect(card?.kpis).toEqual([row({ kpi, term: 'spring', value, target: targetValue, rag })]);
    });

    it('given no attendance target, when attendance is recorded, then it is held to the national average recorded with it', () => {
      expect(when([registered], recorded('attendance', 'autumn', 94.5, { nationalAverage: 94 }))?.kpis[0]?.rag).toBe('green');
      expect(when([registered], recorded('attendance', 'autumn', 93.5, { nationalAverage: 94 }))?.kpis[0]?.rag).toBe('amber');
    });

    it('given a target for one year, when a figure for another year is recorded, then that figure has no target', () => {
      const card = when([registered, target('progress', 80, '2023/24')], recorded('progress', 'autumn', 85));
      expect(card?.kpis).toEqual([
        row({ kpi: 'progress', academicYear: '2023/24', term: null, target: 80 }),
        row({ kpi: 'progress', value: 85, rag: 'grey' }),
      ]);
    });

    it('given figures and targets in any order, then rows run by year, then target-only rows, autumn, spring, summer, then KPI order', () => {
      const card = given(
        registered,
        recorded('attendance', 'summer', 96, { nationalAverage: 94 }),
        recorded('progress', 'summer', 70),
        target('transition', 90),
        recorded('teaching', 'autumn', 80, { academicYear: '2023/24' }),
        recorded('curriculum', 'spring', 2),
        recorded('progress', 'autumn', 71),
      );
      expect(card?.kpis.map(({ academicYear, term, kpi }) => `${academicYear} ${String(term)} ${kpi}`)).toEqual([
        '2023/24 autumn teaching',
        '2024/25 null transition',
        '2024/25 autumn progress',
        '2024/25 spring curriculum',
        '2024/25 summer progress',
        '2024/25 summer attendance',
      ]);
    });
  });

  describe('KpiCorrected', () => {
    it('given a figure, when it is corrected, then the card shows the corrected value, marked corrected, and re-rated', () => {
      const history = [registered, target('progress', 80), recorded('progress', 'autumn', 70, { nationalAverage: 72 })];
      expect(given(...history)?.kpis[0]?.rag).toBe('red');

      const card = when(history, corrected('progress', 'autumn', 81, 70));
      expect(card?.kpis).toEqual([row({ kpi: 'progress', value: 81, target: 80, nationalAverage: 72, rag: 'green', corrected: true })]);
      expect(card?.ragSummary).toEqual({ green: 1, amber: 0, red: 0, grey: 0 });
    });

    it('given figures for other terms, when one is corrected, then only that term changes', () => {
      const history = [registered, recorded('progress', 'autumn', 70), recorded('progress', 'spring', 72)];
      const card = when(history, corrected('progress', 'spring', 75, 72));
      expect(card?.kpis).toEqual([row({ kpi: 'progress', value: 70 }), row({ kpi: 'progress', term: 'spring', value: 75, corrected: true })]);
    });

    it('given no such figure on the card, when a correction arrives, then it is shown, marked corrected', () => {
      const card = when([registered, target('progress', 80)], corrected('progress', 'summer', 79, 60));
      expect(card?.kpis).toEqual([row({ kpi: 'progress', term: 'summer', value: 79, target: 80, rag: 'amber', corrected: true })]);
    });
  });

  describe('replays', () => {
    it('given a card, when an event at or below its last position arrives again, then the card is unchanged', () => {
      const card = given(registered, target('progress', 80), recorded('progress', 'autumn', 70));
      expect(evolveAcademyCard(card, recorded('progress', 'autumn', 99), 3n)).toBe(card);
      expect(evolveAcademyCard(card, target('progress', 50), 2n)).toBe(card);
      expect(evolveAcademyCard(card, registered, 1n)).toBe(card);
    });

    it('never changes the card it is given', () => {
      const card = given(registered, target('progress', 80), recorded('progress', 'autumn', 70));
      const snapshot = structuredClone(card);
      evolveAcademyCard(card, corrected('progress', 'autumn', 85, 70), 4n);
      evolveAcademyCard(card, target('progress', 60), 4n);
      evolveAcademyCard(card, recorded('teaching', 'autumn', 60), 4n);
      expect(card).toEqual(snapshot);
    });
  });

  describe('ragSummary', () => {
    it('given several years, then it counts each KPI of the latest year once, at its latest term, and grey for a target with no figure', () => {
      const card = given(
        registered,
        recorded('progress', 'summer', 50, { academicYear: '2023/24' }),
        target('progress', 80, '2023/24'),
        target('progress', 80),
        recorded('progress', 'autumn', 60),
        recorded('progress', 'spring', 81),
        target('curriculum', 2),
        recorded('curriculum', 'autumn', 3),
        target('teaching', 85),
        recorded('attendance', 'autumn', 90, { nationalAverage: 94 }),
      );
      // progress: spring green (autumn red not counted); curriculum amber; teaching target only: grey;
      // attendance red against the national average; transition has neither: not counted.
      expect(card?.ragSummary).toEqual({ green: 1, amber: 1, red: 1, grey: 1 });
    });

    it('given only targets in a newer year, then that year is the one summarised', () => {
      const card = given(registered, recorded('progress', 'autumn', 90, { academicYear: '2023/24' }), target('progress', 80, '2023/24'), target('progress', 85));
      expect(card?.ragSummary).toEqual({ green: 0, amber: 0, red: 0, grey: 1 });
    });

    it('given no rows, then every count is zero', () => {
      expect(summariseRag([])).toEqual({ green: 0, amber: 0, red: 0, grey: 0 });
    });
  });

  describe('academyCardView', () => {
    it('is the card without its position', () => {
      const card = given(registered, target('progress', 80));
      if (card === null) throw new Error('expected a card');
      const view = academyCardView(card);
      expect(view).not.toHaveProperty('lastPosition');
      expect({ ...view, lastPosition: card.lastPosition }).toEqual(card);
      expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    });
  });
});
