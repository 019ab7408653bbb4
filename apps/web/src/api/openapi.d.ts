// Generated from the API's OpenAPI document by scripts/generate-web-client.mjs (npm run build): do not edit.

export interface paths {
    "/academies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every academy with its current tier and RAG summary, by URN
         * @description Headteachers, governors and SIPs get only the academies in their token. asOf: the list as the system knew it then (the academies registered by then, each headline as it stood). on: the academies that had joined by that date, each headline as its card on that date by what is known now (or at asOf).
         */
        get: operations["listAcademies"];
        put?: never;
        /** Register an academy that has joined the trust */
        post: operations["registerAcademy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/aims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An academy's Academy Improvement Meetings, by date
         * @description `asOf` answers as the system knew it then; `on` keeps the AIMs dated on or before that day.
         */
        get: operations["listAims"];
        put?: never;
        /**
         * Schedule an Academy Improvement Meeting
         * @description The answer's `id` is the new AIM's. Its six documents fall due a week before `date`; a deadline job records those still missing then as overdue. With an `Idempotency-Key` the id is derived from the key and your user, so a retry never schedules the AIM twice.
         */
        post: operations["scheduleAim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/annual-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an academy's annual review: whether it found capacity to improve */
        post: operations["recordAnnualReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/baseline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the baseline assessment of a joining academy (once) */
        post: operations["recordBaseline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An academy's card: its details, current tier, latest inspection, risk level, partner and every KPI figure with target and RAG */
        get: operations["viewAcademyCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/core-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An academy's core improvement director days of a year: entitled, logged, taken by its AIMs, and left
         * @description Counted as POST /academies/:id/core-days counts them before logging (the AIMs scheduled or held take their days first), so `left` is the most a core day logged now may take. The days logged are read from the event store, the AIMs from their read model (an AIM scheduled in that instant counts moments later).
         */
        get: operations["viewCoreDays"];
        put?: never;
        /**
         * Log a day of the improvement director's core entitlement with an academy (never recharged)
         * @description Each academy is entitled to up to 6 core days a year, its three Academy Improvement Meetings included; further days are Academy Development Days, logged as recharges.
         */
        post: operations["logCoreDay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/improvement-budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an academy's improvement budget agreed for an academic year
         * @description A later agreement for the same year revises it (the history is kept); the same amount and people again appends nothing. Spend beyond the budget is flagged by GET /finance/reconciliation.
         */
        post: operations["agreeImprovementBudget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/improvement-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft an academy's improvement plan for an academic year
         * @description One plan per academy per academic year, drafted once (seed 000: "Academy improvement planning will use the audit and analyse cycle to evaluate priorities and inform academy development plans"). The answer's `id` is the plan's year as its routes write it (`2025-26`): its priorities, actions, ratings and support are at `/academies/:id/improvement-plans/2025-26/...`.
         */
        post: operations["draftImprovementPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/improvement-plans/{academicYear}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An academy's improvement plan for a year: its priorities with their amendments, RAG history, actions and impact, and the support committed with what delivered it
         * @description Each priority as it stands, every amendment with its cause (the AIM it was made at), its RAG history merged from its three sources (rated on the plan, at an AIM whose priorities name it, and by a peer review visit's host in the visit's focus), its actions, and its impact: each KPI it targets, term by term of the plan's year, against its target, from the academy card. Each support commitment shows what was planned, what delivered it (core days, recharged development days and reviews naming it; a reversed recharge not) and what was not. `asOf`: as the system knew it then. `on`: as it stood that day, by what is known now (or at `asOf`): the versions of each priority and action, the ratings, confirmations, commitments and deliveries dated by then, and the card as it stood then; 404 before the plan was drafted.
         */
        get: operations["viewImprovementPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/improvement-plans/{academicYear}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an improvement plan's year: nothing more is added, amended, rated or committed
         * @description The body may be left out, or name the day the year was closed. The answer's `id` is the plan's year as its routes write it. The plan's priorities, actions, ratings and support stay as they stood; every later command on it is refused (422). A year is closed once it has begun; closing it twice appends nothing.
         */
        post: operations["closeImprovementPlanYear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/improvement-plans/{academicYear}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an improvement plan's priorities, at an AIM or through governance
         * @description The answer's `id` is the plan's year as its routes write it. A plan changed since its confirmation (a priority or action added or amended) may be confirmed again; confirming one unchanged since appends nothing.
         */
        post: operations["confirmImprovementPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/improvement-plans/{academicYear}/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a priority to an improvement plan: its evidence, the KPIs it targets and its owners
         * @description The answer's `id` is the new priority's: chosen by the server, and derived from the Idempotency-Key when one is sent, so a retry never adds it twice. A draft or a confirmed plan takes priorities (a confirmed one is then changed since its confirmation).
         */
        post: operations["addPlanPriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/improvement-plans/{academicYear}/priorities/{priorityId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an action toward a priority of an improvement plan: what is to be done, its one owner and the day it is due
         * @description The answer's `id` is the new action's: chosen by the server, and derived from the Idempotency-Key when one is sent, so a retry never adds it twice. It starts not started.
         */
        post: operations["addPlanAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/improvement-plans/{academicYear}/priorities/{priorityId}/actions/{actionId}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Amend an action of an improvement plan: its progress, owner, due date or description
         * @description The event keeps the action whole, its status among it. An amendment that changes nothing appends nothing.
         */
        post: operations["amendPlanAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/improvement-plans/{academicYear}/priorities/{priorityId}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Amend a priority of an improvement plan, at an AIM or otherwise
         * @description What is given replaces what stands (targets and owners whole); the event keeps the priority whole, with the AIM it was amended at (its cause). An amendment that changes nothing appends nothing. The plan read `on` a day before it shows the priority as it stood.
         */
        post: operations["amendPlanPriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/improvement-plans/{academicYear}/priorities/{priorityId}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RAG rate a priority of an improvement plan: on the plan, at an AIM, or by the host a week before a peer review visit
         * @description Every rating is kept, with its day, who gave it (from the token: `sub`, `name`, the role allowed) and where, in the priority's RAG history; the same rating recorded again appends nothing. An AIM held or a visit's focus set naming the plan's priorities adds their ratings to the history too.
         */
        post: operations["ratePlanPriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/improvement-plans/{academicYear}/support-commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Commit the trust's support for the academy's tier against a priority: its kind, and the core days, development days and reviews planned
         * @description The answer's `id` is the new commitment's: chosen by the server (derived from the Idempotency-Key when one is sent). Who committed it is taken from the token. A core day (`POST /academies/:id/core-days`), a recharge (`POST /recharges`) or a commissioned review (`POST /academies/:id/reviews`) naming it as `commitmentId` delivers it: the plan read shows planned against delivered, and compliance the support not delivered.
         */
        post: operations["commitPlanSupport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an Ofsted inspection of an academy, under the framework it was made under
         * @description eif-2019 carries `overallEffectiveness`; eif-2024 carries `grades` by area; report-card-2025 carries `grades` and `safeguarding`. A field that does not belong to the framework is refused (400, naming it).
         */
        post: operations["recordInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/kpi-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An academy's KPI figures as a series per KPI, each against its target: what a trend chart draws
         * @description The figures, targets and RAG of the card (read the same way on both time axes), grouped by KPI and put in time order.
         */
        get: operations["viewKpiSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/kpi-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set an academy's target for a KPI in an academic year
         * @description Setting the target it already has changes nothing (`events` is empty).
         */
        post: operations["setKpiTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an academy's KPI figure for a term */
        post: operations["recordKpi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/kpis/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a KPI figure already recorded
         * @description A correction is a new event; the figure it corrects stays in the history. Correcting to the current value changes nothing.
         */
        post: operations["correctKpi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the direction of an academy's outcomes for an academic year */
        post: operations["recordOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a trust-commissioned review of an academy (annual; termly for Tier 3) */
        post: operations["recordCommissionedReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/risk-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an assessment of an academy's risk register; the latest by date counts */
        post: operations["assessRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/sip-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign an academy its School Improvement Partner (replacing any assigned before)
         * @description Sending the partner already assigned, with the same approval date, changes nothing (201 with no events).
         */
        post: operations["assignSip"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/sip-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a visit of the academy's School Improvement Partner
         * @description The visit is the assigned partner's: their id is stored with it. It counts towards the academic year of `visitedOn`.
         */
        post: operations["recordSipVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/tier-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide an academy's support tier for an academic year
         * @description The decision stores the recommendation of the tier criteria, the evidence it read (with the positions of the events it came from), who decided (from the token: `sub`, `name`, the role allowed), the day it was made (`decidedOn`: today, or an earlier day for a decision recorded later) and the instant it was recorded. A second decision for the same year is a revision that supersedes the first; both stay in the tier history. `id` in the answer is the decision id: derived from the Idempotency-Key when one is sent, so a retry after a crash targets the same decision.
         */
        post: operations["decideTier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/tier-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every tier decision of an academy, in the order made: the standards committee's audit trail
         * @description Each decision with the recommendation, the reasons, the evidence snapshot as it was when the decision was made (each item with the position of the event it came from), who decided, the day it was made (`decidedOn`) and the instant it was recorded (`recordedAt`), the rationale of an override, and which later decision of the same year superseded it. With `on`, the decisions in effect that day: each from the later of 1 September of its year and the day it was made, so a mid-year revision from its own day, and a decision whose revision had not yet taken effect shows `supersededBy` null.
         */
        get: operations["viewTierHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/tier-recommendation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the tier criteria recommend for an academy's academic year, on the evidence recorded so far
         * @description Tier 3 if any Tier 3 descriptor is present (two consecutive negative years, latest inspection below Good, no capacity to improve, high risk), even while other evidence is missing; otherwise Tier 2 (negative latest year, medium risk) or Tier 1, once no evidence is missing; otherwise no tier, listing what is missing. With `decidedOn`, what a decision made on that day would read (the evidence in effect by then). Read from the event store, so always current (`minPosition` is accepted and has nothing to wait for).
         */
        get: operations["viewTierRecommendation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/academies/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An academy's history replayed: each event of its stream with the card as it stood after it
         * @description For governance boards to replay how the card came to be: registration, targets, figures and their corrections, inspections, tiers, each with who recorded it and the card (KPI RAGs included) just after. Only the academy's own stream (`academy-<URN>`): events of other streams that concern it, such as recharges, improvement budgets, core days, AIMs and peer review visits, are out of scope and not in it (GET /audit?academyId= lists those). Read from the event store, so always current (`minPosition` is accepted and has nothing to wait for). `asOf` replays only the events recorded by then; `limit` and `offset` page through the events (X-Total-Count gives how many there are).
         */
        get: operations["viewTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/data-subjects/{subjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything the ledger holds about a data subject (a subject access request), opened
         * @description Every event that names the subject by their id, or holds a field sealed under their key, with its data opened, in the order of the log. Read from the event store itself (in batches), not from the read models, so nothing is missed. After an erasure their fields read `[erased]` and `erasedAt` says when. With `Accept: text/csv` (preferred to JSON), a spreadsheet download named `subject-access-<kind>-<id>-as-of-<position>.csv`, one row per field of each event (see docs/EXPORTS.md): position, recordedAt, streamId, type, actorUserId, actorRole, field, value.
         */
        get: operations["subjectAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/data-subjects/{subjectId}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a data subject's personal data: record the erasure, destroy their key, rebuild every read model
         * @description Records `PersonalDataErased` (who erased, when, why; no personal data) on the stream `data-subject-<subjectId>`, destroys the subject's key, then queues a rebuild of every read model (`rebuildJobs`). Every field sealed under the key reads `[erased]` at once in `GET /audit` and every read through the store, and in the read models once their rebuilds complete. The events are not touched, so the hash chain still verifies; reports already built keep what they showed. Erasing again changes nothing: it answers 201 with the first erasure (its `erasedAt` and `reason`), `already: true` and no rebuilds.
         */
        post: operations["erasePersonalData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest background jobs of every kind, newest first, with their state and progress
         * @description Finished jobs are listed while the queue keeps them (the latest of each kind). A job's data is not shown.
         */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A background job: its state, progress, and result or failure */
        get: operations["viewJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each read model's checkpoint, state, lag, and the event and error it failed on */
        get: operations["listProjections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebuild a read model from the whole history, as a background job
         * @description Replays every event into shadow tables while the live ones keep serving reads and following the store, catches up, then swaps them in atomically. A rebuild that fails leaves the live tables untouched. Only one rebuild of a projection runs at a time: a second fails at once.
         */
        post: operations["rebuildProjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/projections/{name}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a failed read model from the event it failed on (after a fix) */
        post: operations["retryProjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest reports built, newest first: each with the position it was built at and its content hash
         * @description Without their content: GET /admin/reports/:reportId answers it (JSON or CSV). Regenerating a report (POST /admin/reports with the same type, year, asOf and on) gives the same hash.
         */
        get: operations["listReports"];
        put?: never;
        /**
         * Build a report snapshot as a background job
         * @description Body `{ type: "academy-cards"|"tier-decisions"|"recharge-ledger"|"compliance", academicYear?, asOf?, on? }`. academicYear is required for compliance and recharge-ledger. asOf (as recorded: a global position, or an ISO timestamp with a zone, read as the last event recorded by then) is accepted by every type; on (as effective, YYYY-MM-DD) by every type too: a report on a date as of a position is the state on that date by what was known then. The stored report carries the position it was built at and the sha256 of its canonical JSON.
         */
        post: operations["createReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A report snapshot: its position, content hash and content (JSON, or CSV with Accept: text/csv)
         * @description JSON by default. With `Accept: text/csv` (preferred to JSON), the report as a spreadsheet download named `<type>[-<year>][-on-<date>]-as-of-<position>.csv` (`tier-decisions-2024-25-as-of-1042.csv`): UTF-8 with a byte order mark, CRLF, a header row, every cell quoted, text that could run as a formula prefixed with a single quote, nested data in named columns and lists joined with `; ` (never JSON). `X-Report-Position` and `X-Content-Hash` give the position and the hash of the JSON content. Columns, by type (see docs/EXPORTS.md): **academy-cards**: academyId, name, phase, hub, tier, ragGreen, ragAmber, ragRed, ragGrey; **tier-decisions**: decisionId, academyId, academicYear, tier, recommendedTier, override, rationale, decidedByUserId, decidedByName, decidedByRole, decidedOn, decidedAt, reasons, missing, supersedes, supersededBy, latestOutcomeYear, latestOutcome, latestOutcomePosition, previousOutcomeYear, previousOutcome, previousOutcomePosition, inspectedOn, inspectionFramework, inspectionOverallEffectiveness, inspectionQualityOfEducation, inspectionBehaviourAndAttitudes, inspectionPersonalDevelopment, inspectionLeadershipAndManagement, inspectionInclusion, inspectionCurriculumAndTeaching, inspectionAchievement, inspectionAttendanceAndBehaviour, inspectionPersonalDevelopmentAndWellbeing, inspectionLeadershipAndGovernance, inspectionEarlyYears, inspectionSixthForm, inspectionSafeguarding, inspectionPosition, annualReviewYear, capacityToImprove, annualReviewSummary, annualReviewPosition, riskAssessedOn, riskLevel, risks, riskAssessmentPosition, position; **recharge-ledger**: rechargeId, date, academicYear, account, academyId, debitPence, creditPence, debitPounds, creditPounds, description, position; **compliance**: academicYear, academyId, name, tier, decisionId, sipVisitsRequired, sipVisitsHeld, reviewsRequired, reviewsCadence, reviewsHeld, aimsExpected, aimsHeld, coreDaysEntitled, coreDaysUsed, supportLead, supportLeadDescription, trustSupport, improvementStrategy, supportUndeliveredCoreDays, supportUndeliveredDevelopmentDays, supportUndeliveredReviews. The recharge ledger CSV holds its lines; its reconciliation is in the JSON.
         */
        get: operations["viewReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How long each category of personal data is kept, and the earliest academic year of each still kept today
         * @description Set by RETENTION_YEARS (docs/DATA-PROTECTION.md gives the defaults and their reasons). Retention runs daily and erases what has passed it.
         */
        get: operations["getRetentionSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/retention/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply the retention schedule now, as a background job (it also runs daily)
         * @description Every record whose retention ended before today is recorded in RetentionApplied (on the day's stream, `retention-<date>`) and its key destroyed, so its personal data reads `[erased]`; then every read model is rebuilt. The job's result says how many keys were checked and how many records were erased, by category. Safe to repeat.
         */
        post: operations["applyRetention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aims/{aimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An Academy Improvement Meeting: its documents with their overdue flags, its reschedules, outcome and report
         * @description `asOf` answers as the system knew it then; `on` answers the AIM only if its date is on or before that day. An AIM of an academy the caller may not see answers 404 exactly as an unknown one, whatever `asOf` and `on` say.
         */
        get: operations["viewAim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aims/{aimId}/document-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the AIM's documents now: those missing past their due date are recorded overdue
         * @description The deadline job runs this check at the end of the due date (a week before the AIM); this route runs the same check at once. Each document is recorded overdue once per due date, so a second check records nothing; before the due date, or once the AIM is held, it records nothing.
         */
        post: operations["checkAimDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aims/{aimId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a document for an AIM
         * @description A later submission of the same type replaces the earlier one, which stays in the history. A document submitted after its due date stays flagged overdue if the check had already recorded it. It is dated by the server (`submittedOn`, the day it is received): the body names a day only for an AIM recorded after the fact (400 otherwise).
         */
        post: operations["submitAimDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aims/{aimId}/focus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the AIM's focus, agreed with the headteacher
         * @description Seed 003: agreed a week before the AIM. A different focus later replaces it; the same focus again changes nothing.
         */
        post: operations["agreeAimFocus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aims/{aimId}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an AIM as held: attendees, judgements under the inspection headings, priorities RAG rated, next steps
         * @description Once per AIM. Exactly one attendee chairs it, the improvement director (seed 003). AIMs "review, amend or confirm the academy's priorities": when the academy has an improvement plan for the AIM's academic year, each priority names one of the plan's priorities by `planPriorityId` (its text is then the priority's title: leave `priority` out, or give the title), and rating it at the AIM rates the plan's priority; with no plan for the year, priorities are free text.
         */
        post: operations["holdAim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aims/{aimId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an AIM's report, once it has been held
         * @description It is dated by the server (`publishedOn`, the day it is published): the body cannot name a day (an unknown field, 400).
         */
        post: operations["publishAimReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aims/{aimId}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an AIM to another day
         * @description The earlier date stays in the AIM's history (`reschedules`); the documents fall due a week before the new date, and that deadline is checked afresh. Moving it to the day it already has changes nothing.
         */
        post: operations["rescheduleAim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail: every event of every stream, with who made it, when and in answer to what, in position order
         * @description Filters combine (AND). Pages by position: when more events match than `limit`, the answer carries `X-Next-After: <position>` and `Link: <...&after=<position>>; rel="next"`; request that page with `after`. No header: this was the last page. Data is shown as stored (its schema version), never upcast.
         */
        get: operations["viewAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The hash chain's head, signed by the deployment: keep it, to prove later that nothing up to it was altered
         * @description Every stored event is linked to the one before it by SHA-256 (its link covers the event as stored, and the link before). The digest is the head's position and link, signed with the deployment's Ed25519 key. `npm run cli -- verify --digest <file>` checks a kept digest against the history.
         */
        get: operations["historyDigest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The position of the last event recorded at a moment (or now), and when it was recorded
         * @description Says nothing of any event but when it was recorded; every signed-in person may ask, to print or cite a view that can be reproduced.
         */
        get: operations["historyPosition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the hash chain over a range of positions and name the first that does not match
         * @description Reads each event as stored, recomputes its link and compares it with the stored one: an event edited, deleted or inserted outside an append is named at its position. A million events take seconds; the work runs in batches, in bounded memory.
         */
        get: operations["verifyHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How to sign in: the development sign-in, an OpenID Connect issuer, or both
         * @description Read by the console before anyone is signed in: it needs no token.
         */
        get: operations["viewSignInConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/development-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Development only: a token for the role, academy and name given
         * @description Exists only while the API uses its published development secret: never with NODE_ENV=production, a JWT_SECRET or an OpenID Connect issuer.
         */
        post: operations["mintDevelopmentToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the token speaks for, and what they may do
         * @description The console shows the name and role, and only the pages these permissions allow; every route still checks its own.
         */
        get: operations["viewSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What each academy's tier requires in an academic year, and what was held
         * @description Per academy: the tier in force, School Improvement Partner visits and trust-commissioned reviews required by the tier and held, Academy Improvement Meetings held of the 3, core improvement director days used of the 6 (days logged plus the AIMs held), and the support package of the tier; for Tier 2, its bespoke improvement strategy: the priorities of the academy's improvement plan for the year (or no plan); and the support committed in that plan, planned against what delivered it, with what was not delivered. academyId narrows the answer to that academy. asOf: as the system knew it then. on: as it stood on that date by what is known now: the visits, reviews, AIMs and core days dated by then, the academies joined by then, and the tier only from 1 September of the year.
         */
        get: operations["viewCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/expertise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the database of expertise by area, to broker support
         * @description Listed staff (not withdrawn) with the area, or whose other areas mention the text (case, hyphens and spaces ignored); the supported academy's own staff left out. Ranked: staff of the given hub first, then those listed under the area, then by name.
         */
        get: operations["searchExpertise"];
        put?: never;
        /**
         * List a member of staff in the database of expertise: their academy, role and areas of strength
         * @description The answer's `id` is the staffId. Someone withdrawn earlier may be registered again.
         */
        post: operations["registerExpertise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/expertise/{staffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a member of staff's entry (name, academy, role and areas) as it should now stand
         * @description An entry sent unchanged (areas in any order) appends nothing.
         */
        put: operations["updateExpertise"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/expertise/{staffId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a member of staff out of brokering (they left, or can no longer offer support)
         * @description The entry stays in the history; searches no longer offer them. Withdrawing twice appends nothing.
         */
        post: operations["withdrawExpertise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The recharge ledger of an academic year: every debit and credit, in posting order
         * @description JSON by default; with `Accept: text/csv`, a CSV download for a spreadsheet (UTF-8 with a byte order mark, CRLF, a header row, every cell quoted, text that could run as a formula prefixed with a single quote; columns rechargeId, date, academicYear, account, academyId, academyName, debitPence, creditPence, debitPounds, creditPounds, description, position: pence as integers and pounds as 123.45; see docs/EXPORTS.md), named `recharge-ledger-<year>[-<academyId>].csv`. from and to narrow the lines by date; limit and offset page the JSON (X-Total-Count gives the lines of the whole list), while the CSV always holds every line asked for. Headteachers must name one of their own academies in academyId and see only that academy's lines.
         */
        get: operations["viewLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/rate-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rate card that prices an academic year's recharges: pence per day for each role
         * @description The year's own rate card (`source: set`), or seed 003's default rates when none was set (`source: default`), exactly as POST /recharges prices support delivered in the year, so the price of a recharge can be shown before it is logged. Read from the event store, so always current (`minPosition` is accepted and has nothing to wait for).
         */
        get: operations["viewRateCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reconcile an academic year: each academy's budget against its spend, its income, and the ledger's totals
         * @description Debits equal credits, and recharges between academies net to zero across the trust, when the ledger is whole.
         */
        get: operations["reconcileLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Overview: database, event store head, projection checkpoints, the deadline reactor and its pending deadlines
         * @description No token needed. With one whose roles may read the projections, each check shows its details; without, its state only.
         */
        get: operations["checkHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is running (touches no database) */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: 503 while the database or event store does not answer, or a projection has failed or lags beyond its bound
         * @description No token needed. With one whose roles may read the projections, each check shows its details; without, its state only.
         */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a trust's history from a spreadsheet saved as CSV, as a background job
         * @description A multipart upload: the CSV in the field `file`. Each row becomes the command the API runs for it, with the same validation and domain rules. The whole file is checked before anything is stored: if any row is bad the answer is 400 listing every bad row (its line, column and message) and nothing is stored. Otherwise the rows are stored by a job (202; follow it with GET /admin/jobs/:jobId). Each row is stored under an idempotency key derived from the kind and the row, so importing the same file again stores nothing twice, and an import cut short completes when the file is imported again. Every event names the import in its metadata (file name, sha256, row). Files: UTF-8 (a byte order mark allowed), CRLF or LF, at most 52428800 bytes. Kinds (columns: GET /imports/templates/{kind}.csv, docs/IMPORTS.md): **academies**: An academy that has joined the trust, with the URNs its school held before. **kpi-targets**: An academy's target for a KPI in an academic year. **kpis**: An academy's KPI figure for a term. **inspections**: An inspection of an academy, under the framework it was made under. **outcomes**: The direction of an academy's outcomes in an academic year. **annual-reviews**: An academy's annual review: its capacity to improve, and a summary. **risk-assessments**: An academy's risk level and register, as assessed on a day. **sip-assignments**: A School Improvement Partner approved for an academy. **sip-visits**: A School Improvement Partner's visit to an academy, with its report's summary. **commissioned-reviews**: A review of an academy the trust commissioned, completed in a term. **tier-decisions**: A past decision of an academy's support tier for an academic year, with the day it was made. **aims-held**: An Academy Improvement Meeting already held: its documents, the meeting and its report. **improvement-plans**: An action of an academy's improvement plan for an academic year, under its priority: the plan drafted and the priority added by their first row. **rate-cards**: The day rate of each role for an academic year, pricing its recharges. **budgets**: An academy's improvement budget for an academic year, and who agreed it. **recharges**: Days of support given to an academy, recharged to it at the rate card of their academic year.
         */
        post: operations["importFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a whole import file without storing anything: every bad row, or how many rows it would store
         * @description The same upload as POST /imports and the same checks (the file, its header, every row against the API's validation and the domain's rules, as the ledger stands now), but nothing is stored and no job is queued: 200 with what importing it would do, or 400 listing every bad row (its line, column and message).
         */
        post: operations["checkImportFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/templates/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The template of a kind of import: its header row and an example row
         * @description UTF-8 with a byte order mark, CRLF. Kinds: academies, kpi-targets, kpis, inspections, outcomes, annual-reviews, risk-assessments, sip-assignments, sip-visits, commissioned-reviews, tier-decisions, aims-held, improvement-plans, rate-cards, budgets, recharges. Each column is described in docs/IMPORTS.md.
         */
        get: operations["importTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/peer-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The peer review groups the caller may see, each with its members, lead and diary (no visit contents)
         * @description The latest academic year first, then by name. Headteachers and governors get the groups of their own academies only, exactly as GET /peer-reviews/:groupId shows them; the trust-wide roles get every group.
         */
        get: operations["listPeerReviewGroups"];
        put?: never;
        /**
         * Form a peer review group (interim AIMs): the headteachers of two or more academies and their lead
         * @description Seed 003's Peer to Peer Programme: the group's headteachers visit each school of the group three times a year. The answer's `id` is the new group's. With an `Idempotency-Key` it is derived from the key and your user, so a retry never forms the group twice.
         */
        post: operations["formPeerReviewGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/peer-reviews/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A peer review group: its members, its lead and the diary of its visits (no visit contents)
         * @description Headteachers and governors see the groups of their own academies only: any other group answers 404, exactly as one never formed.
         */
        get: operations["viewPeerReviewGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/peer-reviews/{groupId}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a visit to one of the group's schools
         * @description Three visits a year to each school of the group, agreed well in advance and never moved (seed 003). The answer's `id` is the new visit's; the host's focus is due a week before (`focusDueOn`) and the lead's summary report a week after (`reportDueOn`).
         */
        post: operations["scheduleReviewVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/peer-reviews/{groupId}/visits/{visitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A peer review visit with its contents: focus, each visitor's observations, the visit held (feedback, actions), safeguarding concerns and the summary report
         * @description Confidential (seed 003): answered only to the visit's attendees (host, lead and reviewing headteachers, the facilitator), the chief executive (trust-admin) and the host academy's chair of governors (a governor of the host academy). To anyone else it answers 404, exactly as for a visit that does not exist.
         */
        get: operations["viewPeerReviewVisit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/peer-reviews/{groupId}/visits/{visitId}/focus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The host headteacher's focus for a visit: one or two improvement-plan aspects, RAG rated
         * @description Due a week before the visit (`focusDueOn`); set again before the day to replace it. Only the host school decides it (seed 003): a headteacher sets it as themselves; trust-admin may enter it on the host headteacher's behalf, naming them in `headteacherId`. Confidential (403) to all but the visit's attendees, the chief executive and the host's chair of governors. Visits focus "on one, or a maximum of two aspects of the Academy Improvement Plan": when the host has an improvement plan for the visit's academic year, each aspect names one of its priorities by `planPriorityId` (its text is then the priority's title), and the rating is the host's rating of it; with no plan for the year, aspects are free text.
         */
        post: operations["setVisitFocus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/peer-reviews/{groupId}/visits/{visitId}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a visit held: the lead headteacher's feedback to the host and the actions for the next AIM
         * @description Recorded once, by the lead headteacher or the facilitating improvement director (seed 003: the lead gives the feedback); trust-admin may enter it on the lead's behalf, naming them in `headteacherId`. The host headteacher, and any other attendee, is refused (403): the host never records the review of their own school. Each visitor records their own observations and safeguarding concerns on …/observations.
         */
        post: operations["recordVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/peer-reviews/{groupId}/visits/{visitId}/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A visitor's own observations and safeguarding concerns on a visit, once it has taken place
         * @description Each visiting headteacher (the lead and the reviewers) and the facilitating improvement director records their own; trust-admin may enter a headteacher's on their behalf, naming them in `headteacherId`. The host headteacher is refused (403): the host never records the review of their own school. A visitor may record again (a second form, a concern remembered later): every record is kept, none amended. Each safeguarding concern is flagged on its own (`SafeguardingConcernFlagged`, with who raised it) for escalation, whatever was recorded before, even after the visit was recorded held or reported on.
         */
        post: operations["recordVisitObservations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/peer-reviews/{groupId}/visits/{visitId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The lead headteacher's summary report of a visit
         * @description Due within a week of the visit (`reportDueOn`); a later one is accepted and marked late. It is dated by the server (`submittedOn`, the day it is received): the body cannot name a day (an unknown field, 400). Sent to the attendees, the chief executive and the host's chair of governors, who read it on GET …/visits/:visitId. A headteacher submits it as themselves; trust-admin may enter it on the lead's behalf, naming them in `headteacherId`.
         */
        post: operations["submitPeerReviewReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rate-cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set an academic year's rate card: pence per day for each role
         * @description Recharges of support delivered in the year are priced by it; a year without one uses the default rates. The answer's `id` is the academic year. Setting the same rates again appends nothing.
         */
        post: operations["setRateCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recharges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log days of support recharged to the academy supported
         * @description Priced by the rate card in force for the academic year of `deliveredOn` (the default rates when the year has none): the supported academy is debited and the provider's academy, or the trust centre for centrally employed staff, credited with the same amount. The answer's `id` is the new recharge's. With an `Idempotency-Key` the id is derived from the key and your user, so a retry — even after a lost answer — never logs the recharge twice.
         */
        post: operations["logRecharge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recharges/{id}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a recharge: post its contra entries
         * @description A correction is a reversal, never an edit: the supported academy is credited and the provider debited by the same amount, in the original recharge's academic year, dated today. Log the corrected recharge as a new one.
         */
        post: operations["reverseRecharge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/safeguarding-concerns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Safeguarding concerns flagged on peer review visits, for escalation
         * @description Seed 003: visiting headteachers share "emerging issues, particularly those of a safeguarding nature". Every concern recorded on a visit is listed here for the chief executive (trust-admin) to escalate, oldest first, with the visit and group it came from.
         */
        get: operations["listSafeguardingConcerns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tier-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every tier decision of an academic year, for the standards committee
         * @description By academy URN, then in the order made; superseded decisions included (see `supersededBy`). The same entries as each academy's tier history, read on `on` the same way (a decision in effect from the later of 1 September of its year and the day it was made).
         */
        get: operations["listTierDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcademyCardAimDto: {
            aimId: string;
            /** Format: date */
            date: string;
            /** @enum {string} */
            format: "one-day" | "one-and-a-half-day";
        };
        AcademyCardDto: {
            /** @example 138201 */
            academyId: string;
            /** @example North */
            hub: string;
            /**
             * Format: date
             * @example 2019-09-01
             */
            joinedOn: string;
            /** @description By academic year, then term, then KPI. */
            kpis: components["schemas"]["AcademyCardKpiDto"][];
            /** @description The latest inspection with the grades of its own framework. */
            latestInspection: components["schemas"]["LatestInspectionDto"] | null;
            /** @example Oakfield Primary Academy */
            name: string;
            /** @description The first AIM scheduled and not yet held, by date. The card read with `on` is folded from the academy's own record, which holds no AIMs: there it is null (GET /academies/:id/aims?on= answers AIMs on a date). */
            nextAim: components["schemas"]["AcademyCardAimDto"] | null;
            /** @description Of the latest inspection (latest by date; of two on one day, the later recorded): the eif-2019 grade as given, or for eif-2024 and report-card-2025, which give no overall grade, how the tier policy reads the inspection. Null before any inspection. */
            overallEffectiveness: (("outstanding" | "good" | "requires-improvement" | "inadequate") | components["schemas"]["UngradedOverallEffectivenessDto"]) | null;
            /** @enum {string} */
            phase: "primary" | "secondary" | "all-through" | "special";
            /**
             * @example [
             *       "117301"
             *     ]
             */
            predecessorUrns: string[];
            ragSummary: components["schemas"]["RagSummaryDto"];
            /**
             * Format: date
             * @description The day of that assessment.
             */
            riskAssessedOn: string | null;
            /**
             * @description Of the latest risk assessment (latest by date; of two on one day, the later recorded).
             * @enum {string|null}
             */
            riskLevel: "low" | "medium" | "high" | null;
            /** @description The School Improvement Partner assigned now; null while none is. */
            sip: components["schemas"]["AcademyCardSipDto"] | null;
            /**
             * @description The current tier: the latest decision for the most recent academic year decided (null until one is).
             * @enum {integer|null}
             */
            tier: 1 | 2 | 3 | null;
            /**
             * @description The academic year that tier was decided for.
             * @example 2024/25
             */
            tierAcademicYear: string | null;
            /** @description Every AIM scheduled and not yet held, by date; a rescheduled one moves, a held one leaves. Empty on the card read with `on`. */
            upcomingAims: components["schemas"]["AcademyCardAimDto"][];
        };
        AcademyCardKpiDto: {
            /** @example 2024/25 */
            academicYear: string;
            /** @description The figure shown corrects the one first recorded. */
            corrected: boolean;
            /** @enum {string} */
            kpi: "progress" | "curriculum" | "teaching" | "attendance" | "transition";
            /** @example 94.1 */
            nationalAverage: number | null;
            /**
             * @example amber
             * @enum {string}
             */
            rag: "green" | "amber" | "red" | "grey";
            /**
             * @description Where the figure came from; `not-recorded` for a figure stored before sources were recorded; null on a target with no figure.
             * @example academy-data
             * @enum {string|null}
             */
            source: "academy-data" | "published" | "not-recorded" | null;
            /** @example 95 */
            target: number | null;
            /**
             * @description Null on a target row with no figure yet.
             * @enum {string|null}
             */
            term: "autumn" | "spring" | "summer" | null;
            /** @example 94.6 */
            value: number | null;
        };
        AcademyCardSipDto: {
            /** Format: date */
            approvedOn: string;
            name: string;
            sipId: string;
        };
        AcademyCardsReportDto: {
            /** @example 2024/25 */
            academicYear: string | null;
            /** @description The global position asked for (a timestamp asked for is stored as its position). */
            asOf: string | null;
            /** @description Every academy with its tier and RAG summary, by URN, as GET /academies answers them. */
            content: components["schemas"]["AcademyListItemDto"][];
            /** @description sha256 of the content as canonical JSON (keys sorted at every depth). */
            contentHash: string;
            id: string;
            /** Format: date */
            on: string | null;
            /**
             * @description The global position the report was built at.
             * @example 1042
             */
            position: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "academy-cards";
        };
        AcademyKpiSeriesDto: {
            /** @example 138201 */
            academyId: string;
            /** @example Oakfield Primary Academy */
            name: string;
            /** @description One series per KPI, in the trust's order (progress, curriculum, teaching, attendance, transition). */
            series: components["schemas"]["KpiSeriesDto"][];
        };
        AcademyListItemDto: {
            /** @example 138201 */
            academyId: string;
            /** @example North */
            hub: string;
            /** @example Oakfield Primary Academy */
            name: string;
            /**
             * @example primary
             * @enum {string}
             */
            phase: "primary" | "secondary" | "all-through" | "special";
            /** @description RAG of each KPI in its latest term of the latest academic year with data. */
            ragSummary: components["schemas"]["RagSummaryDto"];
            /**
             * @description Current support tier: the latest decision for the most recent academic year decided (null until one is).
             * @enum {integer|null}
             */
            tier: 1 | 2 | 3 | null;
        };
        AcademyReconciliationDto: {
            /** @example 138201 */
            academyId: string;
            /**
             * @description The improvement budget agreed for the year; null when none was.
             * @example 600000
             */
            budgetPence: number | null;
            /**
             * @description Earned by the academy's staff supporting other academies, net of reversals.
             * @example 70000
             */
            incomePence: number;
            /**
             * @description Spend beyond the budget (any spend, when no budget was agreed).
             * @example false
             */
            overBudget: boolean;
            /**
             * @description budget − spent (negative when over budget); null with no budget.
             * @example 147500
             */
            remainingPence: number | null;
            /**
             * @description Recharged to the academy, net of reversals.
             * @example 452500
             */
            spentPence: number;
        };
        AddPlanActionDto: {
            /**
             * Format: date
             * @description The day it was added, for a plan entered after the fact; today when left out or null. Not in the future (400), and not before the plan's latest change (422): a plan's changes are dated in the order they happened, so the plan read `on` a day shows exactly what had been done by then.
             * @example 2025-09-03
             */
            addedOn?: string | null;
            /**
             * @description What is to be done.
             * @example Moderate Year 6 writing with the hub
             */
            description: string;
            /**
             * Format: date
             * @description The day it is due (any day of the ledger's window: some run on into the next year).
             * @example 2026-02-13
             */
            dueOn: string;
            /** @description Its one owner: a role, or a named member of staff. */
            owner: components["schemas"]["PlanOwnerDto"];
        };
        AddPlanPriorityDto: {
            /**
             * Format: date
             * @description The day it was added, for a plan entered after the fact; today when left out or null. Not in the future (400), and not before the plan's latest change (422): a plan's changes are dated in the order they happened, so the plan read `on` a day shows exactly what had been done by then.
             * @example 2025-09-03
             */
            addedOn?: string | null;
            /**
             * @description The AIM it was made at (seed 003: AIMs "review, amend or confirm the academy's priorities"): one of the academy's AIMs (422 otherwise). Left out or null when made otherwise.
             * @example 5f0c6d0e-0d1c-4c56-9d3e-4b5e0f1a2b3c
             */
            aimId?: string | null;
            /**
             * @description The evidence the priority comes from (the audit and analyse cycle).
             * @example 58% of Year 6 met the expected standard in writing in 2025, against 72% nationally.
             */
            evidence: string;
            /** @description Who owns it: 1 to 10 roles or named members of staff, none twice. */
            owners: components["schemas"]["PlanOwnerDto"][];
            /** @description The KPIs of the academy card it targets, each once, with what success is: none to all 5. */
            targets: components["schemas"]["PlanKpiTargetDto"][];
            /**
             * @description One line; no two priorities of a plan share a title (in any case): AIMs and visits name a priority by it.
             * @example Raise attainment in Key Stage 2 writing
             */
            title: string;
        };
        AgreeAimFocusDto: {
            /**
             * @description The focus agreed with the headteacher, so they may plan the day.
             * @example Early reading in Key Stage 1
             */
            focus: string;
        };
        AgreeImprovementBudgetDto: {
            /** @example 2024/25 */
            academicYear: string;
            /** @description Who agreed it. Seed 003: agreed each year between the headteacher, the academy improvement director, the chief executive and the finance director; all four must be named (422 otherwise). */
            agreedBy: components["schemas"]["BudgetAgreementPartyDto"][];
            /**
             * @description The improvement budget for the year, in pence.
             * @example 600000
             */
            amountPence: number;
        };
        AimAttendeeDto: {
            /**
             * @description The chair: exactly one attendee, the improvement director.
             * @example true
             */
            chair?: boolean;
            /** @example Dee Director */
            name: string;
            /**
             * @example improvement-director
             * @enum {string}
             */
            role: "improvement-director" | "headteacher" | "chair-of-governors" | "governor" | "senior-leader" | "chief-executive" | "director" | "hub-lead";
            /**
             * @description The ledger's id of the attendee when they are a member of staff it knows (as the database of expertise and peer review groups key them): 1 to 64 letters, digits, hyphens or underscores, once per meeting. Their name is then theirs, so erasing staff:<staffId> reaches it and subject access finds the meeting. Left out for anyone else, who is kept by name only.
             * @example ht-oak
             */
            staffId?: string;
        };
        AimAttendeeViewDto: {
            /** @description The chair: the improvement director. */
            chair: boolean;
            /**
             * @description Their name; `[erased]` once the member of staff named by staffId is erased.
             * @example Dee Director
             */
            name: string;
            /**
             * @example improvement-director
             * @enum {string}
             */
            role: "improvement-director" | "headteacher" | "chair-of-governors" | "governor" | "senior-leader" | "chief-executive" | "director" | "hub-lead";
            /**
             * @description The ledger's staff id of the attendee, or null when they are kept by name only.
             * @example ht-oak
             */
            staffId: string | null;
        };
        AimDocumentViewDto: {
            /** @description Recorded overdue at the current due date (it stays true when the document comes in late). */
            overdue: boolean;
            /** @enum {string|null} */
            rag: "red" | "amber" | "green" | null;
            submitted: boolean;
            /** Format: date */
            submittedOn: string | null;
            /** @enum {string} */
            type: "headteacher-report" | "sef" | "improvement-plan" | "lgb-minutes" | "previous-aim-report" | "pupil-premium-strategy";
        };
        AimJudgementDto: {
            /**
             * @description The summary comment under the heading.
             * @example A well-sequenced curriculum; reading fluency still uneven in Year 2.
             */
            comment: string;
            /**
             * @description An inspection heading (education inspection framework), one judgement each.
             * @example quality-of-education
             * @enum {string}
             */
            heading: "quality-of-education" | "behaviour-and-attitudes" | "personal-development" | "leadership-and-management" | "early-years" | "sixth-form";
            /**
             * @example good
             * @enum {string}
             */
            judgement: "outstanding" | "good" | "requires-improvement" | "inadequate";
        };
        AimOutcomeDto: {
            attendees: components["schemas"]["AimAttendeeViewDto"][];
            /** Format: date */
            heldOn: string;
            judgements: components["schemas"]["AimJudgementDto"][];
            nextSteps: string[];
            priorities: components["schemas"]["AimPriorityViewDto"][];
        };
        AimOverdueCheckDto: {
            /** Format: date */
            checkedOn: string;
            /** Format: date */
            dueOn: string;
            missing: ("headteacher-report" | "sef" | "improvement-plan" | "lgb-minutes" | "previous-aim-report" | "pupil-premium-strategy")[];
        };
        AimPriorityDto: {
            /**
             * @description The id of the priority of the academy's improvement plan for the AIM's academic year that this is (once per meeting): rating it here rates the plan's priority. Required when the academy has a plan for that year (422 otherwise, naming `priorities[i].planPriorityId`); refused (422) when it has none, or the plan has no such priority.
             * @example p-reading
             */
            planPriorityId?: string;
            /**
             * @description The priority, in words. Required unless `planPriorityId` names a priority of the academy's improvement plan; with it, left out (the priority's title is taken) or the title itself.
             * @example Phonics consistency in Year 1
             */
            priority?: string;
            /**
             * @example amber
             * @enum {string}
             */
            rag: "red" | "amber" | "green";
        };
        AimPriorityViewDto: {
            /**
             * @description The priority of the academy's improvement plan for the AIM's year that it is; null for a free-text priority (and for every priority of a meeting recorded before priorities named the plan's).
             * @example p-reading
             */
            planPriorityId: string | null;
            /**
             * @description The priority, in words: the plan priority's title as it stood, when it names one.
             * @example Phonics consistency in Year 1
             */
            priority: string;
            /**
             * @example amber
             * @enum {string}
             */
            rag: "red" | "amber" | "green";
        };
        AimReportDto: {
            /** Format: date */
            publishedOn: string;
            summary: string;
        };
        AimRescheduleDto: {
            /** Format: date */
            date: string;
            /** Format: date */
            previousDate: string;
            reason: string;
            /** Format: date */
            rescheduledOn: string;
        };
        AimsDto: {
            /**
             * @description Academy Improvement Meetings expected each year (included in the core days).
             * @example 3
             */
            expected: number;
            /**
             * @description AIMs of the year held (with on, held by then); scheduled ones do not count until held.
             * @example 1
             */
            held: number;
        };
        AimViewDto: {
            /** @example 2024/25 */
            academicYear: string;
            /** @example 138201 */
            academyId: string;
            aimId: string;
            /** Format: date */
            date: string;
            /** @description The six documents, in the seed's order. */
            documents: components["schemas"]["AimDocumentViewDto"][];
            /**
             * Format: date
             * @description A week before the AIM.
             */
            documentsDueOn: string;
            focus: string | null;
            focusAgreed: boolean;
            /** @enum {string} */
            format: "one-day" | "one-and-a-half-day";
            outcome: components["schemas"]["AimOutcomeDto"] | null;
            /** @description Every check that recorded documents overdue, at any due date. */
            overdueChecks: components["schemas"]["AimOverdueCheckDto"][];
            /** @description Documents recorded overdue at the current due date. */
            overdueDocuments: ("headteacher-report" | "sef" | "improvement-plan" | "lgb-minutes" | "previous-aim-report" | "pupil-premium-strategy")[];
            /**
             * @description Global position of the last event folded in.
             * @example 42
             */
            position: string;
            report: components["schemas"]["AimReportDto"] | null;
            reschedules: components["schemas"]["AimRescheduleDto"][];
            /** @enum {string} */
            status: "scheduled" | "held" | "reported";
        };
        AmendPlanActionDto: {
            /**
             * Format: date
             * @description The day it was amended (its progress reviewed, say), for a plan entered after the fact; today when left out or null. Not in the future (400), and not before the plan's latest change (422): a plan's changes are dated in the order they happened, so the plan read `on` a day shows exactly what had been done by then.
             * @example 2025-12-12
             */
            amendedOn?: string | null;
            /** @example Moderate Year 5 and 6 writing with the hub */
            description?: string;
            /**
             * Format: date
             * @example 2026-03-13
             */
            dueOn?: string;
            owner?: components["schemas"]["PlanOwnerDto"];
            /**
             * @description How far it has got: any status may follow any other (a dropped action may be taken up again).
             * @example in-progress
             * @enum {string}
             */
            status?: "not-started" | "in-progress" | "done" | "dropped";
        };
        AmendPlanPriorityDto: {
            /**
             * @description The AIM it was made at (seed 003: AIMs "review, amend or confirm the academy's priorities"): one of the academy's AIMs (422 otherwise). Left out or null when made otherwise.
             * @example 5f0c6d0e-0d1c-4c56-9d3e-4b5e0f1a2b3c
             */
            aimId?: string | null;
            /**
             * Format: date
             * @description The day it was amended (at an AIM, the meeting's day), for a plan entered after the fact; today when left out or null. Not in the future (400), and not before the plan's latest change (422): a plan's changes are dated in the order they happened, so the plan read `on` a day shows exactly what had been done by then.
             * @example 2026-03-10
             */
            amendedOn?: string | null;
            /** @example Writing at 61% in the autumn assessment. */
            evidence?: string;
            /** @description Replaces the owners whole. */
            owners?: components["schemas"]["PlanOwnerDto"][];
            /** @description Replaces the targets whole. */
            targets?: components["schemas"]["PlanKpiTargetDto"][];
            /** @example Raise attainment in writing across Key Stage 2 */
            title?: string;
        };
        AnnualReviewEvidenceDto: {
            /** @example 2023/24 */
            academicYear: string;
            capacityToImprove: boolean;
            /**
             * @description Global position of the event this item of evidence came from: read it back with the audit trail.
             * @example 1042
             */
            position: string;
            summary: string;
        };
        AssessRiskDto: {
            /**
             * Format: date
             * @description The day of the assessment (not in the future).
             * @example 2024-07-01
             */
            assessedOn: string;
            /**
             * @description The risk of school improvement failure: high is a Tier 3 descriptor, medium a Tier 2 one.
             * @example low
             * @enum {string}
             */
            level: "low" | "medium" | "high";
            /** @description The risk register's entries (may be empty). */
            risks: components["schemas"]["RiskDto"][];
        };
        AssignSipDto: {
            /**
             * Format: date
             * @description The day the Trust Board approved the partner (not in the future).
             * @example 2024-07-10
             */
            approvedOn: string;
            /** @example Jane Doe */
            name: string;
            /**
             * @description The School Improvement Partner's user id.
             * @example sip-jane-doe
             */
            sipId: string;
        };
        AuditActorDto: {
            /**
             * @description The role the command was allowed as.
             * @example improvement-director
             */
            role: string;
            /**
             * @description The user (the token's `sub`).
             * @example jane.director
             */
            userId: string;
        };
        AuditEventDto: {
            /**
             * @description The academies the event concerns (empty for trust-wide events such as a rate card).
             * @example [
             *       "138201"
             *     ]
             */
            academyIds: string[];
            actor: components["schemas"]["AuditActorDto"];
            /** @description The request or event that caused it (X-Request-Id of the command). */
            causationId: string;
            /** @description Shared by every event of one request or workflow (X-Correlation-Id). */
            correlationId: string;
            /** @description The event's data as stored; null when withheld (see dataWithheld). */
            data: {
                [key: string]: unknown;
            } | null;
            /** @description True when the data is withheld from this reader: a peer review visit's findings and report are confidential to its attendees, the chief executive (trust-admin) and the host's chair of governors, so the standards committee sees who did what and when, not what was found. */
            dataWithheld: boolean;
            /** Format: uuid */
            eventId: string;
            /** @description The Idempotency-Key the command was sent with. */
            idempotencyKey: string | null;
            /**
             * @description Global position: the order of the whole log.
             * @example 1042
             */
            position: string;
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description The schema version it was stored with (its data is shown as stored, not upcast).
             * @example 1
             */
            schemaVersion: number;
            /** @example academy-138201 */
            streamId: string;
            /**
             * @description Version within its stream, from 0.
             * @example 3
             */
            streamVersion: number;
            /**
             * @description The stored event type name.
             * @example KpiCorrected
             */
            type: string;
        };
        BadRequestBodyDto: {
            /** @example Bad Request */
            error: string;
            /**
             * @description Each input field at fault, once.
             * @example [
             *       "kpi"
             *     ]
             */
            fields: string[];
            /**
             * @example [
             *       "kpi must be one of: progress, curriculum, teaching, attendance, transition"
             *     ]
             */
            message: string[];
            /** @example 400 */
            statusCode: number;
        };
        BudgetAgreementPartyDto: {
            /** @example Ann Head */
            name: string;
            /**
             * @example headteacher
             * @enum {string}
             */
            role: "headteacher" | "improvement-director" | "chief-executive" | "finance-director";
        };
        ChainDigestDto: {
            /**
             * Format: uuid
             * @description The deployment whose history this is.
             */
            deploymentId: string;
            /**
             * @description The head's link of the hash chain (SHA-256, hex).
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            hash: string;
            /**
             * @description The head's position when signed (0: an empty store).
             * @example 1042
             */
            position: string;
            /** @description The deployment's Ed25519 public key (PEM): keep it with the digests. */
            publicKey: string;
            /** @description Ed25519 signature (base64) over the JSON array [deploymentId, position, hash, signedAt]. */
            signature: string;
            /** Format: date-time */
            signedAt: string;
        };
        ChainMismatchDto: {
            /** @example the event at position 1042 does not match its link: it was altered */
            message: string;
            /**
             * @description The first position where the events and the chain disagree.
             * @example 1042
             */
            position: string;
            /** @enum {string} */
            problem: "altered" | "missing-event" | "missing-link" | "beyond-head";
        };
        ChainVerificationDto: {
            /** @description Null when every link matched. */
            firstMismatch: components["schemas"]["ChainMismatchDto"] | null;
            /** @example 1 */
            from: string;
            /** @description The recomputed link at `to` (hex) when everything matched: compare it with a kept digest of that position. */
            hashAtTo: string | null;
            /** @example 1042 */
            to: string;
            /** @description Events whose link was recomputed and matched. */
            verified: number;
        };
        CloseImprovementPlanYearDto: {
            /**
             * Format: date
             * @description The day the year was closed, for a plan entered after the fact; today when left out or null. Not in the future (400), and not before the plan's latest change (422): a plan's changes are dated in the order they happened, so the plan read `on` a day shows exactly what had been done by then.
             * @example 2026-07-22
             */
            closedOn?: string | null;
        };
        CommandAnswer: {
            /**
             * @description Types of the events appended, in order (empty when the command changed nothing).
             * @example [
             *       "KpiRecorded"
             *     ]
             */
            events: string[];
            /**
             * @description The id of the thing the command acted on (for academy routes, the academy URN).
             * @example 138201
             */
            id: string;
            /**
             * @description Global position of the last event the command appended (or, when it changed nothing, of the stream's last event), as a decimal string. Pass it as `minPosition` to a query to read your own write.
             * @example 42
             */
            position: string;
            /**
             * @description The event stream the command appended to.
             * @example academy-138201
             */
            streamId: string;
        };
        CommitPlanSupportDto: {
            /**
             * Format: date
             * @description The day the support was committed, for a plan entered after the fact; today when left out or null. Not in the future (400), and not before the plan's latest change (422): a plan's changes are dated in the order they happened, so the plan read `on` a day shows exactly what had been done by then.
             * @example 2025-09-12
             */
            committedOn?: string | null;
            /**
             * @description Core days of the improvement director planned (not recharged), 0 to 6.
             * @example 1
             */
            coreDays: number;
            /**
             * @description Academy Development Days planned beyond the core days, recharged to the academy, 0 to 200.
             * @example 4
             */
            developmentDays: number;
            /**
             * @description One of the "Trust Support" bullets seed 000 lists under Tiers 1 to 3 (another tier's kind is not refused).
             * @example sle-lead-practitioner
             * @enum {string}
             */
            kind: "commissioned-partner" | "network-groups" | "teaching-and-learning-network" | "good-practice-partner" | "central-team" | "sle-lead-practitioner" | "additional-reviews" | "cpd-programme" | "external-review" | "school-to-school-support" | "standardised-policies";
            /**
             * @description The priority of the plan the support is for.
             * @example 2b5d0c1e-8f7a-4c3b-9e6d-1a2b3c4d5e6f
             */
            priorityId: string;
            /**
             * @description Reviews the trust commissions, 0 to 6. At least one of the three is more than 0.
             * @example 1
             */
            reviews: number;
        };
        CommittedSupportDto: {
            /** @description Each commitment, planned against delivered, in the order committed. */
            commitments: components["schemas"]["CommittedSupportEntryDto"][];
            delivered: components["schemas"]["SupportAmountsDto"];
            /** @description Every commitment of the plan for the year, added up. */
            planned: components["schemas"]["SupportAmountsDto"];
            /** @description Committed and not delivered, added up commitment by commitment (one delivered beyond its plan does not make up for another). */
            undelivered: components["schemas"]["SupportAmountsDto"];
        };
        CommittedSupportEntryDto: {
            commitmentId: string;
            /** @description The core days, recharged development days and reviews naming it (a reversed recharge does not count). */
            delivered: components["schemas"]["SupportAmountsDto"];
            deliveredInFull: boolean;
            /** @enum {string} */
            kind: "commissioned-partner" | "network-groups" | "teaching-and-learning-network" | "good-practice-partner" | "central-team" | "sle-lead-practitioner" | "additional-reviews" | "cpd-programme" | "external-review" | "school-to-school-support" | "standardised-policies";
            planned: components["schemas"]["SupportAmountsDto"];
            /** @description The priority of the plan it is for. */
            priorityId: string;
            /** @description Planned and not (yet) delivered; never below 0. */
            undelivered: components["schemas"]["SupportAmountsDto"];
        };
        ComplianceDto: {
            /** @example 2024/25 */
            academicYear: string;
            /** @description Every academy that had joined the trust by the end of the year (with on, by then), by URN. */
            academies: components["schemas"]["ComplianceEntryDto"][];
        };
        ComplianceEntryDto: {
            /** @example 138201 */
            academyId: string;
            aims: components["schemas"]["AimsDto"];
            /** @description The support committed in the academy's improvement plan for the year, planned against delivered, and what was not delivered (with on, dated by then). */
            committedSupport: components["schemas"]["CommittedSupportDto"];
            coreDays: components["schemas"]["CoreDaysDto"];
            /** @description The decision that tier comes from (see the tier history). */
            decisionId: string | null;
            /** @description Tier 2 only (seed 000: "Time limited period to implement bespoke improvement strategy. KPIs identified through academy development plan"): the strategy is the academy's improvement plan for the year, its priorities and their KPIs, or `plan: none`. Null for Tiers 1 and 3 and while no tier is decided. */
            improvementStrategy: components["schemas"]["ImprovementStrategyDto"] | null;
            /** @example Oakfield Primary Academy */
            name: string;
            /** @description Trust-commissioned reviews of the year: 1 (Tiers 1 and 2) or 3, termly (Tier 3). */
            reviews: components["schemas"]["ReviewsRequiredAndHeldDto"];
            /** @description School Improvement Partner visits dated in the year: at least 1 (Tier 1) or 3 (Tiers 2 and 3). */
            sipVisits: components["schemas"]["RequiredAndHeldDto"];
            /** @description The support package of the tier; null while none is decided. */
            supportPackage: components["schemas"]["SupportPackageDto"] | null;
            /**
             * @description The year's tier: its latest decision (a revision replaces the first); null while none is decided.
             * @enum {integer|null}
             */
            tier: 1 | 2 | 3 | null;
        };
        ComplianceReportDto: {
            /** @example 2024/25 */
            academicYear: string | null;
            /** @description The global position asked for (a timestamp asked for is stored as its position). */
            asOf: string | null;
            content: components["schemas"]["ComplianceDto"];
            /** @description sha256 of the content as canonical JSON (keys sorted at every depth). */
            contentHash: string;
            id: string;
            /** Format: date */
            on: string | null;
            /**
             * @description The global position the report was built at.
             * @example 1042
             */
            position: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "compliance";
        };
        ConfirmImprovementPlanDto: {
            /**
             * @description The AIM that confirmed the priorities: one of the academy's AIMs (422 otherwise). Left out or null when confirmed otherwise (through governance).
             * @example 5f0c6d0e-0d1c-4c56-9d3e-4b5e0f1a2b3c
             */
            aimId?: string | null;
            /**
             * Format: date
             * @description The day the priorities were confirmed (at an AIM, the meeting's day), for a plan entered after the fact; today when left out or null. Not in the future (400), and not before the plan's latest change (422): a plan's changes are dated in the order they happened, so the plan read `on` a day shows exactly what had been done by then.
             * @example 2025-11-18
             */
            confirmedOn?: string | null;
        };
        CoreDaysDto: {
            /**
             * @description Core improvement director days an academy is entitled to each year, not recharged.
             * @example 6
             */
            entitled: number;
            /**
             * @description Core days used in the year (in half days): those logged plus the days of each AIM held (1, or 1.5 for a one-and-a-half-day AIM); with on, those dated by then.
             * @example 2.5
             */
            used: number;
        };
        CoreDaysLeftDto: {
            /** @example 2024/25 */
            academicYear: string;
            /** @example 138201 */
            academyId: string;
            /**
             * @description Days the year's Academy Improvement Meetings take, scheduled or held (1, or 1.5 for a one-and-a-half-day AIM).
             * @example 3
             */
            aimDays: number;
            /**
             * @description Core improvement director days each academy is entitled to a year (seed 003), never recharged.
             * @example 6
             */
            entitled: number;
            /**
             * @description entitled − logged − aimDays: the most a core day logged now may take (0 or less: none; further days are recharged).
             * @example 1.5
             */
            left: number;
            /**
             * @description Core days logged in the year, in half days.
             * @example 1.5
             */
            logged: number;
        };
        CorrectKpiDto: {
            /** @example 2024/25 */
            academicYear: string;
            /**
             * @description progress: % pupils making at least expected progress; curriculum: grade 1–4 (lower is better); teaching: % teaching at least secure Good; attendance: % attendance; transition: % positive post-school destinations.
             * @example attendance
             * @enum {string}
             */
            kpi: "progress" | "curriculum" | "teaching" | "attendance" | "transition";
            /**
             * @description Why the figure is corrected (kept in the audit trail).
             * @example Census return revised
             */
            reason: string;
            /**
             * @example autumn
             * @enum {string}
             */
            term: "autumn" | "spring" | "summer";
            /**
             * @description The corrected figure. A percentage 0–100 (at most 2 decimal places), or for curriculum a whole grade 1–4.
             * @example 95.1
             */
            value: number;
        };
        CreateReportDto: {
            /**
             * @description Required for compliance and recharge-ledger; narrows tier-decisions.
             * @example 2024/25
             */
            academicYear?: string | null;
            /**
             * @description As recorded: a global position, or an ISO timestamp with a zone.
             * @example 2025-03-01T09:30:00Z
             */
            asOf?: string | null;
            /**
             * Format: date
             * @description As effective: the state on this date.
             * @example 2025-03-31
             */
            on?: string | null;
            /**
             * @example compliance
             * @enum {string}
             */
            type: "academy-cards" | "tier-decisions" | "recharge-ledger" | "compliance";
        };
        DatabaseHealthDto: {
            /**
             * @description Why the check is down.
             * @example no answer within 3000 ms
             */
            message?: string;
            /**
             * @description Milliseconds the check took (database and event store).
             * @example 3
             */
            responseTime?: number;
            /**
             * @description `down` fails the check (503); `degraded` is reported with 200.
             * @enum {string}
             */
            status: "up" | "degraded" | "down";
        };
        DecideTierDto: {
            /**
             * @description The academic year the tier applies to: no later than the next one.
             * @example 2024/25
             */
            academicYear: string;
            /**
             * Format: date
             * @description The day the decision was made, when it is recorded later (a past year's decision brought into the ledger); today when absent. Not in the future (400). The decision is judged as on that day: it reads only the evidence in effect by then (an inspection or risk assessment dated on or before it, an outcome or annual review of a year begun by then), its academic year is no later than the one after that day's, and it is refused (422) when dated before the academy joined the trust or before the decision of the year it revises. It takes effect (the `on` axis) from the later of 1 September of its year and this day.
             * @example 2024-09-12
             */
            decidedOn?: string | null;
            /**
             * @description Why: required when the tier differs from the recommendation (then the decision is an override); kept with the decision either way.
             * @example New headteacher from January; the trust will support the transition.
             */
            rationale?: string | null;
            /**
             * @example 2
             * @enum {number}
             */
            tier: 1 | 2 | 3;
        };
        DevelopmentSignInDto: {
            /**
             * @description The academy (URN) of a headteacher, governor or SIP: required for those roles, ignored for the others.
             * @example 142567
             */
            academy?: string;
            /**
             * @description The name shown on every page and recorded with what the user does.
             * @example Gail Governor
             */
            name: string;
            /**
             * @example governor
             * @enum {string}
             */
            role: "trust-admin" | "standards-committee" | "improvement-director" | "finance" | "headteacher" | "governor" | "sip";
        };
        DevelopmentTokenDto: {
            /**
             * Format: date-time
             * @description When the token stops being accepted.
             */
            expiresAt: string;
            /** @description The token, for `Authorization: Bearer`. */
            token: string;
        };
        DiaryVisitDto: {
            /** @example dee */
            facilitatorUserId: string | null;
            /**
             * Format: date
             * @description A week before: when the host RAG rates the aspects in focus.
             */
            focusDueOn: string;
            focusSet: boolean;
            /** @example 138201 */
            hostAcademyId: string;
            /** @example ht-oak */
            hostHeadteacherId: string;
            /** @example ht-ash */
            leadHeadteacherId: string;
            recorded: boolean;
            /**
             * Format: date
             * @description A week after: when the lead's summary report is due.
             */
            reportDueOn: string;
            /** @description The deadline job found the report missing after its due date, and it is still missing. */
            reportOverdue: boolean;
            reportSubmitted: boolean;
            /**
             * @example [
             *       "ht-elm"
             *     ]
             */
            reviewerIds: string[];
            /**
             * Format: date
             * @example 2026-01-21
             */
            visitDate: string;
            visitId: string;
            /**
             * @description Which of the host's visits of the year: 1, 2 or 3.
             * @example 1
             */
            visitNumber: number;
        };
        DraftImprovementPlanDto: {
            /**
             * @description The academic year of the plan: the coming one, the current one, or a past one brought into the ledger.
             * @example 2025/26
             */
            academicYear: string;
            /**
             * Format: date
             * @description The day it was drafted, for a plan entered after the fact; today when left out or null. Not in the future (400), and not before the plan's latest change (422): a plan's changes are dated in the order they happened, so the plan read `on` a day shows exactly what had been done by then.
             * @example 2025-07-14
             */
            draftedOn?: string | null;
        };
        EnqueuedJobDto: {
            /**
             * @description Follow it with GET /admin/jobs/:jobId.
             * @example rebuild-academy-card-0b1c…
             */
            jobId: string;
        };
        ErasePersonalDataDto: {
            /**
             * @description Why the data is erased (a request under UK GDPR Article 17 and its reference, say). Kept with the erasure, sealed under its own record's key, never the erased subject's.
             * @example Erasure request DP-2025-012, received 10 March 2025
             */
            reason: string;
        };
        ErasureAnswer: {
            /** @description True when the subject had already been erased: nothing was done, and the answer is the first erasure's. */
            already: boolean;
            /**
             * Format: date-time
             * @description When the erasure was recorded, and the subject's key destroyed.
             * @example 2025-03-12T10:00:00.000Z
             */
            erasedAt: string;
            /**
             * @description The user id of whoever erased (from their token).
             * @example u-admin
             */
            erasedBy: string;
            /**
             * @description Types of the events appended, in order (empty when the command changed nothing).
             * @example [
             *       "KpiRecorded"
             *     ]
             */
            events: string[];
            /**
             * @description The id of the thing the command acted on (for academy routes, the academy URN).
             * @example 138201
             */
            id: string;
            /**
             * @description Global position of the last event the command appended (or, when it changed nothing, of the stream's last event), as a decimal string. Pass it as `minPosition` to a query to read your own write.
             * @example 42
             */
            position: string;
            /** @example Erasure request DP-2025-012, received 10 March 2025 */
            reason: string;
            /** @description The rebuilds of every read model queued so that they show [erased] (none when already erased): each is done when GET /admin/jobs/:jobId says completed. */
            rebuildJobs: components["schemas"]["RebuildJobDto"][];
            /**
             * @description The event stream the command appended to.
             * @example academy-138201
             */
            streamId: string;
            /**
             * @description The subject erased, as the key store names them.
             * @example staff:st-41
             */
            subjectId: string;
        };
        ErrorBodyDto: {
            /** @example Not Found */
            error: string;
            /** @example academy 138201 is not registered */
            message: string;
            /** @example 404 */
            statusCode: number;
        };
        EventStoreHealthDto: {
            /**
             * @description The store's head position (0 when empty), while up.
             * @example 1042
             */
            headPosition?: string;
            /**
             * @description Why the check is down.
             * @example no answer within 3000 ms
             */
            message?: string;
            /**
             * @description Milliseconds the check took (database and event store).
             * @example 3
             */
            responseTime?: number;
            /**
             * @description `down` fails the check (503); `degraded` is reported with 200.
             * @enum {string}
             */
            status: "up" | "degraded" | "down";
        };
        EvidenceSnapshotDto: {
            /** @description The latest annual review of a year up to the year decided. */
            annualReview: components["schemas"]["AnnualReviewEvidenceDto"] | null;
            /** @description The latest inspection dated by the end of the year decided. */
            inspection: components["schemas"]["InspectionEvidenceDto"] | null;
            /** @description The outcomes of the latest year and the year before it, where recorded, latest first. */
            outcomes: components["schemas"]["OutcomeEvidenceDto"][];
            /** @description The latest risk assessment dated by the end of the year decided. */
            riskAssessment: components["schemas"]["RiskAssessmentEvidenceDto"] | null;
        };
        ExpertiseMatchDto: {
            /**
             * @description The employing academy; null for central staff.
             * @example 147851
             */
            academyId: string | null;
            areas: ("phonics" | "early-reading" | "writing" | "english" | "maths-mastery" | "science" | "computing" | "humanities" | "curriculum-design" | "assessment" | "send" | "eal" | "pupil-premium" | "behaviour" | "attendance" | "safeguarding" | "early-years" | "leadership" | "middle-leadership" | "governance" | "school-business-management" | "church-school-distinctiveness" | "early-career-teachers")[];
            /** @example North */
            hub: string | null;
            /**
             * @description `area`: listed under it; `other-area`: one of their other areas mentions it.
             * @enum {string}
             */
            matchedOn: "area" | "other-area";
            /** @example Priya Shah */
            name: string;
            otherAreas: string[];
            /** @enum {string} */
            role: "improvement-director" | "hub-lead" | "headteacher" | "teacher" | "support-staff";
            /** @description Of the hub searched for. */
            sameHub: boolean;
            /** @example priya-shah */
            staffId: string;
        };
        ExpertiseProfileDto: {
            /**
             * @description The academy employing them (URN); null for staff the trust employs centrally (must be null for the improvement director and hub leads).
             * @example 147851
             */
            academyId: string | null;
            /**
             * @description Their areas of strength.
             * @example [
             *       "phonics",
             *       "early-reading"
             *     ]
             */
            areas: ("phonics" | "early-reading" | "writing" | "english" | "maths-mastery" | "science" | "computing" | "humanities" | "curriculum-design" | "assessment" | "send" | "eal" | "pupil-premium" | "behaviour" | "attendance" | "safeguarding" | "early-years" | "leadership" | "middle-leadership" | "governance" | "school-business-management" | "church-school-distinctiveness" | "early-career-teachers")[];
            /** @example Priya Shah */
            name: string;
            /**
             * @description Other strengths, as free text (at most 20 of 100 characters).
             * @example [
             *       "Talk for Writing"
             *     ]
             */
            otherAreas?: string[];
            /**
             * @description Their role on the rate card, so support brokered from the database is recharged at the right rate.
             * @example teacher
             * @enum {string}
             */
            role: "improvement-director" | "hub-lead" | "headteacher" | "teacher" | "support-staff";
        };
        FlaggedConcernView: {
            concern: string;
            /** @example <visitId>-1 */
            concernId: string;
            /** Format: date */
            flaggedOn: string;
            /** @description The visitor who raised it; null for a concern flagged before who raised it was kept. */
            raisedBy: components["schemas"]["VisitAttendeeView"] | null;
        };
        FocusAspectDto: {
            /**
             * @description An aspect of the Academy Improvement Plan, in words. Required unless `planPriorityId` names a priority of the host's plan; with it, left out (the priority's title is taken) or the title itself.
             * @example Phonics in Year 1
             */
            aspect?: string;
            /**
             * @description The id of the priority of the host academy's improvement plan for the visit's academic year that the aspect is (once per focus): the host's rating of it. Required when the host has a plan for that year (422 otherwise, naming `aspects[i].planPriorityId`); refused (422) when it has none, or its plan has no such priority.
             * @example p-phonics
             */
            planPriorityId?: string;
            /**
             * @description The host headteacher's RAG rating of it.
             * @example amber
             * @enum {string}
             */
            rag: "red" | "amber" | "green";
        };
        FocusAspectView: {
            /**
             * @description In words: the plan priority's title as it stood, when it names one.
             * @example Phonics in Year 1
             */
            aspect: string;
            /**
             * @description The priority of the host's improvement plan for the visit's year that the aspect is; null for a free-text aspect (and for every aspect of a focus set before aspects named the plan's).
             * @example p-phonics
             */
            planPriorityId: string | null;
            /** @enum {string} */
            rag: "red" | "amber" | "green";
        };
        FormPeerReviewGroupDto: {
            /**
             * @description The academic year the group visits in: a past one records the trust's past programme.
             * @example 2025/26
             */
            academicYear: string;
            /**
             * @description The lead headteacher: one of the members' headteacherId.
             * @example ht-ash
             */
            leadHeadteacherId: string;
            /** @description One headteacher per academy, two academies or more (at most 20). */
            members: components["schemas"]["PeerReviewMemberDto"][];
            /** @example North hub peer review group */
            name: string;
        };
        HealthChecksDto: {
            database?: components["schemas"]["DatabaseHealthDto"];
            eventStore?: components["schemas"]["EventStoreHealthDto"];
            projections?: components["schemas"]["ProjectionsHealthDto"];
            reactors?: components["schemas"]["ReactorsHealthDto"];
        };
        HealthDto: {
            /** @description Every check. */
            details: components["schemas"]["HealthChecksDto"];
            /** @description The checks that are down. */
            error?: components["schemas"]["HealthChecksDto"];
            /** @description The checks that are up or degraded. */
            info?: components["schemas"]["HealthChecksDto"];
            /**
             * @description 200 answers `ok` or `degraded`; 503 answers `error` or `shutting_down`.
             * @enum {string}
             */
            status: "ok" | "degraded" | "error" | "shutting_down";
        };
        HistoryPositionDto: {
            /**
             * @description The global position of that event; 0 when none was recorded by then.
             * @example 1042
             */
            position: string;
            /**
             * Format: date-time
             * @description When that event was recorded (null: none was). Reading with asOf set to it reproduces the view.
             */
            recordedAt: string | null;
        };
        HoldAimDto: {
            /** @description Who attended: the improvement director in the chair, the headteacher, governors, senior leaders. */
            attendees: components["schemas"]["AimAttendeeDto"][];
            /**
             * Format: date
             * @description The day of the meeting (not in the future): the AIM's date, or for a one-and-a-half-day AIM the next school day.
             * @example 2025-03-26
             */
            heldOn: string;
            /** @description A judgement and summary comment under each inspection heading discussed. */
            judgements: components["schemas"]["AimJudgementDto"][];
            /**
             * @description The next steps for improvement.
             * @example [
             *       "Phonics training for Year 1 staff before half term"
             *     ]
             */
            nextSteps: string[];
            /** @description The priorities, RAG rated: when the academy has an improvement plan for the AIM's academic year, each names one of its priorities (`planPriorityId`). */
            priorities: components["schemas"]["AimPriorityDto"][];
        };
        ImportAcceptedDto: {
            /**
             * @description Rows an earlier import of the same rows stored already: skipped.
             * @example 0
             */
            alreadyImported: number;
            /** @example kpis-2023-24.csv */
            fileName: string;
            /**
             * @description The import job: follow it with GET /admin/jobs/:jobId (progress `{ done, total, stored, skipped }`).
             * @example import-6f1c0a52-0d1e-4c3b-9a51-2f7e1b0c9d44
             */
            jobId: string;
            /**
             * @example kpis
             * @enum {string}
             */
            kind: "academies" | "kpi-targets" | "kpis" | "inspections" | "outcomes" | "annual-reviews" | "risk-assessments" | "sip-assignments" | "sip-visits" | "commissioned-reviews" | "tier-decisions" | "aims-held" | "improvement-plans" | "rate-cards" | "budgets" | "recharges";
            /**
             * @description Rows in the file (the header not counted).
             * @example 450
             */
            rows: number;
            /**
             * @description sha256 of the file's bytes: every event the import stores names it, with the row.
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            sha256: string;
        };
        ImportBadRequestDto: {
            /** @example Bad Request */
            error: string;
            /**
             * @description Each input field at fault, once.
             * @example [
             *       "kpi"
             *     ]
             */
            fields: string[];
            /**
             * @example [
             *       "kpi must be one of: progress, curriculum, teaching, attendance, transition"
             *     ]
             */
            message: string[];
            /** @description Every bad row, when the file itself could be read; `fields` is `file` (or `kind` when the kind named is unknown). */
            rows?: components["schemas"]["ImportRowProblemDto"][];
            /** @example 400 */
            statusCode: number;
        };
        ImportCheckDto: {
            /**
             * @description Rows an earlier import of the same rows stored already: importing would skip them.
             * @example 0
             */
            alreadyImported: number;
            /** @example kpis-2023-24.csv */
            fileName: string;
            /**
             * @example kpis
             * @enum {string}
             */
            kind: "academies" | "kpi-targets" | "kpis" | "inspections" | "outcomes" | "annual-reviews" | "risk-assessments" | "sip-assignments" | "sip-visits" | "commissioned-reviews" | "tier-decisions" | "aims-held" | "improvement-plans" | "rate-cards" | "budgets" | "recharges";
            /**
             * @description Rows in the file (the header not counted), every one good.
             * @example 450
             */
            rows: number;
            /**
             * @description sha256 of the file's bytes.
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            sha256: string;
        };
        ImportRowProblemDto: {
            /**
             * @description The column at fault; null when the row as a whole is refused.
             * @example term
             */
            column: string | null;
            /** @example must be one of autumn, spring, summer */
            message: string;
            /**
             * @description The row's line in the file (the header is line 1).
             * @example 7
             */
            row: number;
        };
        ImprovementPlanViewDto: {
            /** @example 2025/26 */
            academicYear: string;
            /** @example 138201 */
            academyId: string;
            /** Format: date */
            closedOn: string | null;
            /** @description The support committed, in the order committed, with what delivered it. */
            commitments: components["schemas"]["SupportCommitmentViewDto"][];
            confirmations: components["schemas"]["PlanConfirmationDto"][];
            /** Format: date */
            draftedOn: string;
            /**
             * @description Global position of the last event folded into what is shown.
             * @example 1042
             */
            position: string;
            /** @description In the order added. */
            priorities: components["schemas"]["PlanPriorityViewDto"][];
            /**
             * @description `draft` until confirmed; `confirmed` (perhaps amended since); `closed` with its year.
             * @enum {string}
             */
            status: "draft" | "confirmed" | "closed";
        };
        ImprovementStrategyDto: {
            /**
             * @description Where the academy's improvement plan for the year stands; `none`: it has no plan (with on, none drafted by then).
             * @enum {string}
             */
            plan: "draft" | "confirmed" | "closed" | "none";
            /** @description The plan's priorities (as they stood, with on); empty with no plan. */
            priorities: components["schemas"]["StrategyPriorityDto"][];
        };
        InspectionEvidenceDto: {
            /** @enum {string} */
            framework: "eif-2019" | "eif-2024" | "report-card-2025";
            /** @description eif-2024 and report-card-2025: grade by area. */
            grades?: {
                [key: string]: string;
            };
            /** Format: date */
            inspectedOn: string;
            /**
             * @description eif-2019 only.
             * @enum {string}
             */
            overallEffectiveness?: "outstanding" | "good" | "requires-improvement" | "inadequate";
            /**
             * @description Global position of the event this item of evidence came from: read it back with the audit trail.
             * @example 1042
             */
            position: string;
            /**
             * @description report-card-2025 only.
             * @enum {string}
             */
            safeguarding?: "met" | "not-met";
        };
        JobDto: {
            /**
             * Format: date-time
             * @description When it was enqueued.
             */
            createdAt: string;
            /** @description Why it failed. */
            failedReason?: string;
            /**
             * Format: date-time
             * @description When it completed or failed.
             */
            finishedAt?: string;
            id: string;
            /** @example projection-rebuild */
            name: string;
            /** @description Percentage done (0–100), or an object the job reports. */
            progress: number | {
                [key: string]: unknown;
            };
            /** @description Once completed: what the job returned (a rebuild: `{ projection, position, events }`; a report: `{ reportId, position, contentHash }`; an import: `{ kind, fileName, sha256, total, stored, skipped, events }`, its progress `{ done, total, stored, skipped }`). */
            result?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When its latest attempt began.
             */
            startedAt?: string;
            /** @enum {string} */
            state: "waiting" | "delayed" | "active" | "completed" | "failed";
        };
        KpiImpactDto: {
            /** @enum {string} */
            kpi: "progress" | "curriculum" | "teaching" | "attendance" | "transition";
            successCriteria: string;
            /**
             * @description The card's target for the KPI in the plan's year; null while none is set.
             * @example 70
             */
            target: number | null;
            /** @description Autumn, spring and summer of the plan's year. */
            terms: components["schemas"]["KpiTermFigureDto"][];
        };
        KpiPointDto: {
            /** @example 2024/25 */
            academicYear: string;
            /** @description The figure corrects the one first recorded. */
            corrected: boolean;
            /** @example 94.5 */
            nationalAverage: number | null;
            /** @enum {string} */
            rag: "green" | "amber" | "red" | "grey";
            /**
             * @description The year's target, null while none is set.
             * @example 96
             */
            target: number | null;
            /** @enum {string} */
            term: "autumn" | "spring" | "summer";
            /** @example 95.4 */
            value: number;
        };
        KpiSeriesDto: {
            /** @enum {string} */
            kpi: "progress" | "curriculum" | "teaching" | "attendance" | "transition";
            /** @description Every figure in time order: academic year, then autumn, spring, summer. */
            points: components["schemas"]["KpiPointDto"][];
            /** @description The target of each year that has one, in time order. */
            targets: components["schemas"]["KpiTargetDto"][];
        };
        KpiTargetDto: {
            /** @example 2024/25 */
            academicYear: string;
            /** @example 96 */
            target: number;
        };
        KpiTermFigureDto: {
            /** @description The figure is a correction of the one first recorded. */
            corrected: boolean;
            /**
             * @description The card's RAG of the figure against the target; null while no figure is recorded.
             * @enum {string|null}
             */
            rag: "green" | "amber" | "red" | "grey" | null;
            /** @enum {string} */
            term: "autumn" | "spring" | "summer";
            /**
             * @description The academy card's figure for the term (a correction in place of the first); null while none is recorded.
             * @example 68
             */
            value: number | null;
        };
        LatestInspectionDto: {
            /** @enum {string} */
            framework: "eif-2019" | "eif-2024" | "report-card-2025";
            /** @description eif-2024 and report-card-2025: the grade of each area. */
            grades?: {
                [key: string]: string;
            };
            /**
             * Format: date
             * @example 2024-11-06
             */
            inspectedOn: string;
            /**
             * @description eif-2019 only.
             * @enum {string}
             */
            overallEffectiveness?: "outstanding" | "good" | "requires-improvement" | "inadequate";
            /**
             * @description report-card-2025 only.
             * @enum {string}
             */
            safeguarding?: "met" | "not-met";
        };
        LedgerLineDto: {
            /**
             * @description The year the line counts in: a reversal's is its recharge's.
             * @example 2024/25
             */
            academicYear: string;
            /**
             * @description The academy whose account it is; null for the trust centre.
             * @example 138201
             */
            academyId: string | null;
            /**
             * @description `academy:<URN>:improvement-spend`, `academy:<URN>:improvement-income` or `trust-centre:improvement-income`.
             * @example academy:138201:improvement-spend
             */
            account: string;
            /**
             * @description Integer pence.
             * @example 0
             */
            creditPence: number;
            /**
             * Format: date
             * @description The day the support was delivered, or the day the recharge was reversed.
             * @example 2024-11-12
             */
            date: string;
            /**
             * @description Integer pence.
             * @example 37500
             */
            debitPence: number;
            /** @example Phonics development day */
            description: string;
            /**
             * @description Global position of the event that posted the line (lines are in this order).
             * @example 42
             */
            position: string;
            /** @example 0b5c3e1a-8f9d-5c2b-9a7e-3d4f5a6b7c8d */
            rechargeId: string;
        };
        LogCoreDayDto: {
            /**
             * @description The support commitment of the academy's improvement plan for that academic year that this delivers (a commitment "shows its delivery": the core days, recharged development days and reviews that delivered it). Left out when it delivers none named; refused (422) when the plan for that year has no such commitment, or there is no plan.
             * @example c-writing-partner
             */
            commitmentId?: string;
            /**
             * @description Days of support, in half days (0.5, 1, 1.5, ...): more than 0, at most 200.
             * @example 1
             */
            days: number;
            /**
             * Format: date
             * @description The day the support was given (not in the future); its academic year is the entitlement it counts against.
             * @example 2024-10-08
             */
            deliveredOn: string;
            /** @example Autumn Academy Improvement Meeting */
            description: string;
        };
        LogRechargeDto: {
            /**
             * @description The support commitment of the supported academy's improvement plan for that academic year that this delivers (a commitment "shows its delivery": the core days, recharged development days and reviews that delivered it). Left out when it delivers none named; refused (422) when the plan for that year has no such commitment, or there is no plan.
             * @example c-writing-partner
             */
            commitmentId?: string;
            /**
             * @description Days of support, in half days (0.5, 1, 1.5, ...): more than 0, at most 200.
             * @example 1.5
             */
            days: number;
            /**
             * Format: date
             * @description The day the support was given (not in the future): its academic year's rate card prices it.
             * @example 2024-11-12
             */
            deliveredOn: string;
            /** @example Phonics development: modelling and coaching in Year 1 */
            description: string;
            /**
             * @description The academy whose member of staff gave the support, which earns the income; null for staff the trust employs centrally (the trust centre's income). Must be null for the improvement director and hub leads, and an academy for a headteacher.
             * @example 141023
             */
            providerAcademyId: string | null;
            /**
             * @description Who gave the support: it sets the day rate.
             * @example teacher
             * @enum {string}
             */
            providerRole: "improvement-director" | "hub-lead" | "headteacher" | "teacher" | "support-staff";
            /**
             * @description The academy supported, which is charged.
             * @example 138201
             */
            supportedAcademyId: string;
        };
        NamedAcademyReconciliationDto: {
            /** @example 138201 */
            academyId: string;
            /**
             * @description The improvement budget agreed for the year; null when none was.
             * @example 600000
             */
            budgetPence: number | null;
            /**
             * @description Earned by the academy's staff supporting other academies, net of reversals.
             * @example 70000
             */
            incomePence: number;
            /**
             * @description The academy's name (null only for a URN the academy cards do not know).
             * @example Oakfield Primary Academy
             */
            name: string | null;
            /**
             * @description Spend beyond the budget (any spend, when no budget was agreed).
             * @example false
             */
            overBudget: boolean;
            /**
             * @description budget − spent (negative when over budget); null with no budget.
             * @example 147500
             */
            remainingPence: number | null;
            /**
             * @description Recharged to the academy, net of reversals.
             * @example 452500
             */
            spentPence: number;
        };
        NamedLedgerLineDto: {
            /**
             * @description The year the line counts in: a reversal's is its recharge's.
             * @example 2024/25
             */
            academicYear: string;
            /**
             * @description The academy whose account it is; null for the trust centre.
             * @example 138201
             */
            academyId: string | null;
            /**
             * @description The academy's name; null for the trust centre's account.
             * @example Oakfield Primary Academy
             */
            academyName: string | null;
            /**
             * @description `academy:<URN>:improvement-spend`, `academy:<URN>:improvement-income` or `trust-centre:improvement-income`.
             * @example academy:138201:improvement-spend
             */
            account: string;
            /**
             * @description Integer pence.
             * @example 0
             */
            creditPence: number;
            /**
             * Format: date
             * @description The day the support was delivered, or the day the recharge was reversed.
             * @example 2024-11-12
             */
            date: string;
            /**
             * @description Integer pence.
             * @example 37500
             */
            debitPence: number;
            /** @example Phonics development day */
            description: string;
            /**
             * @description Global position of the event that posted the line (lines are in this order).
             * @example 42
             */
            position: string;
            /** @example 0b5c3e1a-8f9d-5c2b-9a7e-3d4f5a6b7c8d */
            rechargeId: string;
        };
        NamedReconciliationDto: {
            /** @example 2024/25 */
            academicYear: string;
            /** @description Every academy with a budget or a ledger line in the year, by URN, with its name. */
            academies: components["schemas"]["NamedAcademyReconciliationDto"][];
            totals: components["schemas"]["ReconciliationTotalsDto"];
            trustCentre: components["schemas"]["TrustCentreReconciliationDto"];
        };
        ObservationRecordView: {
            observations: string[];
            /** @description The visitor whose record it is; null for observations recorded before the recorder was kept. */
            recordedBy: components["schemas"]["VisitAttendeeView"] | null;
            /** Format: date */
            recordedOn: string;
        };
        OidcSignInDto: {
            /**
             * @description The issuer: the console discovers its endpoints at `<authority>/.well-known/openid-configuration`.
             * @example https://login.microsoftonline.com/<tenant>/v2.0
             */
            authority: string;
            /**
             * @description The console's client id at the issuer (one of the API's audiences).
             * @example trust-ledger-console
             */
            clientId: string;
            /** @example openid profile */
            scope: string;
        };
        OutcomeEvidenceDto: {
            /** @example 2023/24 */
            academicYear: string;
            /** @enum {string} */
            direction: "positive" | "negative";
            /**
             * @description Global position of the event this item of evidence came from: read it back with the audit trail.
             * @example 1042
             */
            position: string;
        };
        PeerReviewGroupDto: {
            /** @example 2025/26 */
            academicYear: string;
            groupId: string;
            leadHeadteacherId: string;
            members: components["schemas"]["PeerReviewMemberView"][];
            /** @example North hub peer review group */
            name: string;
            /**
             * @description The last global position the answer reflects.
             * @example 42
             */
            position: string;
            /** @description The diary: every visit, without its contents (they are confidential to each visit's readers). */
            visits: components["schemas"]["DiaryVisitDto"][];
        };
        PeerReviewMemberDto: {
            /**
             * @description Their academy (URN).
             * @example 138201
             */
            academyId: string;
            /**
             * @description The headteacher's user id: the `sub` of their token.
             * @example ht-oak
             */
            headteacherId: string;
            /** @example Ann Oak */
            name: string;
        };
        PeerReviewMemberView: {
            /** @example 138201 */
            academyId: string;
            /**
             * @description The academy's name as the ledger knows it now (null if it knows none).
             * @example Oak Primary Academy
             */
            academyName: string | null;
            /** @example ht-oak */
            headteacherId: string;
            /** @example Ann Oak */
            name: string;
        };
        PeerReviewVisitDto: {
            /** @example 2025/26 */
            academicYear: string;
            /** @example dee */
            facilitatorUserId: string | null;
            /** @description The visit recorded held: null until then. */
            findings: components["schemas"]["VisitFindingsView"] | null;
            focus: components["schemas"]["VisitFocusView"] | null;
            /**
             * Format: date
             * @description A week before: when the host RAG rates the aspects in focus.
             */
            focusDueOn: string;
            groupId: string;
            /** @example 138201 */
            hostAcademyId: string;
            /** @example ht-oak */
            hostHeadteacherId: string;
            /** @example ht-ash */
            leadHeadteacherId: string;
            /** @description Each visitor's own records of what they observed, in the order recorded (a visitor may have several). */
            observations: components["schemas"]["ObservationRecordView"][];
            /** @example 42 */
            position: string;
            report: components["schemas"]["VisitReportView"] | null;
            /**
             * Format: date
             * @description A week after: when the lead's summary report is due.
             */
            reportDueOn: string;
            /**
             * Format: date
             * @description When the deadline job found the report overdue.
             */
            reportOverdueOn: string | null;
            /**
             * @example [
             *       "ht-elm"
             *     ]
             */
            reviewerIds: string[];
            safeguardingConcerns: components["schemas"]["FlaggedConcernView"][];
            /**
             * Format: date
             * @description The server's day the visit entered the diary: after its day for a visit recorded after the fact. Null for visits entered before this day was kept.
             */
            scheduledOn: string | null;
            /**
             * Format: date
             * @example 2026-01-21
             */
            visitDate: string;
            visitId: string;
            /**
             * @description Which of the host's visits of the year: 1, 2 or 3.
             * @example 1
             */
            visitNumber: number;
        };
        PlanActionViewDto: {
            actionId: string;
            /** Format: date */
            addedOn: string;
            description: string;
            /** Format: date */
            dueOn: string;
            owner: components["schemas"]["PlanOwnerViewDto"];
            /** @enum {string} */
            status: "not-started" | "in-progress" | "done" | "dropped";
        };
        PlanActorDto: {
            /** @example Dee Director */
            name: string;
            /**
             * @description The role it was done in.
             * @example improvement-director
             */
            role: string;
            /**
             * @description The token's `sub`.
             * @example dee.director
             */
            userId: string;
        };
        PlanConfirmationDto: {
            /** @description The AIM that confirmed it; null when confirmed through governance. */
            aimId: string | null;
            /** Format: date */
            confirmedOn: string;
        };
        PlanKpiTargetDto: {
            /**
             * @example progress
             * @enum {string}
             */
            kpi: "progress" | "curriculum" | "teaching" | "attendance" | "transition";
            /** @example 75% of pupils make at least expected progress in writing */
            successCriteria: string;
        };
        PlanKpiTargetViewDto: {
            /** @enum {string} */
            kpi: "progress" | "curriculum" | "teaching" | "attendance" | "transition";
            /** @example 75% of pupils make at least expected progress in writing */
            successCriteria: string;
        };
        PlanOwnerDto: {
            /**
             * @description The member of staff's name, given with staffId.
             * @example Ann Head
             */
            name?: string | null;
            /**
             * @description A role, whoever holds it: given alone.
             * @example senior-leader
             * @enum {string|null}
             */
            role?: "headteacher" | "senior-leader" | "middle-leader" | "subject-leader" | "senco" | "business-manager" | "chair-of-governors" | "local-governing-board" | "improvement-director" | "hub-lead" | null;
            /**
             * @description A named member of staff: the ledger's id of them (1 to 64 letters, digits, hyphens or underscores, as the database of expertise keys them), given with name. Erasing staff:<staffId> reaches their name here.
             * @example st-41
             */
            staffId?: string | null;
        };
        PlanOwnerViewDto: {
            /**
             * @description `role`: whoever holds the role; `staff`: a named member of staff.
             * @enum {string}
             */
            kind: "role" | "staff";
            /**
             * @description Their name (`[erased]` once they are erased); null for a role.
             * @example Ann Head
             */
            name: string | null;
            /**
             * @description The role; null for a member of staff.
             * @enum {string|null}
             */
            role: "headteacher" | "senior-leader" | "middle-leader" | "subject-leader" | "senco" | "business-manager" | "chair-of-governors" | "local-governing-board" | "improvement-director" | "hub-lead" | null;
            /**
             * @description The ledger's id of the member of staff; null for a role.
             * @example st-41
             */
            staffId: string | null;
        };
        PlanPriorityViewDto: {
            /** @description In the order added. */
            actions: components["schemas"]["PlanActionViewDto"][];
            /** @description The AIM it was added at; null when added otherwise. */
            addedAtAimId: string | null;
            /** Format: date */
            addedOn: string;
            /** @description Each amendment, in the order made, with the priority as it left it and its cause. */
            amendments: components["schemas"]["PriorityAmendmentDto"][];
            /**
             * @description The rating of the latest day rated; null while unrated.
             * @enum {string|null}
             */
            currentRating: "red" | "amber" | "green" | null;
            evidence: string;
            /** @description Each KPI it targets, term by term of the plan's year against its target, as the academy card holds them. */
            impact: components["schemas"]["KpiImpactDto"][];
            owners: components["schemas"]["PlanOwnerViewDto"][];
            priorityId: string;
            /** @description Every rating, from the plan, AIMs and peer review visits' hosts, by the day rated (then in the order recorded). */
            ragHistory: components["schemas"]["PlanRatingDto"][];
            /** @description The KPIs of the academy card it targets, with what success is. */
            targets: components["schemas"]["PlanKpiTargetViewDto"][];
            /** @example Raise attainment in Key Stage 2 writing */
            title: string;
        };
        PlanRatingDto: {
            comment: string | null;
            /** @description Who rated it on the plan; null for an AIM's rating recorded with the meeting and a visit host's with the focus. */
            ratedBy: components["schemas"]["PlanActorDto"] | null;
            /**
             * Format: date
             * @description The day it was rated: an AIM's day, the day a visit's focus was set.
             */
            ratedOn: string;
            /** @enum {string} */
            rating: "red" | "amber" | "green";
            source: components["schemas"]["RatingSourceDto"];
        };
        PriorityAmendmentDto: {
            /** @description The AIM it was amended at (its cause); null when amended otherwise. */
            aimId: string | null;
            /** Format: date */
            amendedOn: string;
            evidence: string;
            owners: components["schemas"]["PlanOwnerViewDto"][];
            targets: components["schemas"]["PlanKpiTargetViewDto"][];
            /** @description The title as the amendment left it. */
            title: string;
        };
        ProjectionHealthDto: {
            /**
             * @description Events not yet applied (PostgreSQL store only, whose positions are dense).
             * @example 0
             */
            behind?: string | null;
            /** @description The event the projection failed on, while failed. */
            failedPosition?: string | null;
            /**
             * @description Seconds between the last event applied and the head event.
             * @example 0
             */
            lagSeconds?: number | null;
            lastError?: string | null;
            /**
             * @description Global position of the last event applied (0: none).
             * @example 1042
             */
            position?: string;
            /** @enum {string} */
            status: "running" | "failed" | "stopped";
            /**
             * Format: date-time
             * @description Null while no process has followed it.
             */
            updatedAt?: string | null;
        };
        ProjectionsDto: {
            /** @example 1042 */
            headPosition: string;
            projections: components["schemas"]["ProjectionStatusDto"][];
            /** @description Whether the projections run in this process (else in the worker). */
            runInThisProcess: boolean;
        };
        ProjectionsHealthDto: {
            /**
             * @description Why the check is down.
             * @example no answer within 3000 ms
             */
            message?: string;
            /** @description By projection name. A failed one makes the overview `degraded`, and readiness `down`, as does one lagging beyond its bound. */
            projections?: {
                [key: string]: components["schemas"]["ProjectionHealthDto"];
            };
            /**
             * @description Milliseconds the check took (database and event store).
             * @example 3
             */
            responseTime?: number;
            /** @description Whether the projections run in this process (else in the worker). */
            runInThisProcess?: boolean;
            /**
             * @description `down` fails the check (503); `degraded` is reported with 200.
             * @enum {string}
             */
            status: "up" | "degraded" | "down";
        };
        ProjectionStatusDto: {
            /** @description Events not yet applied (PostgreSQL store only, whose positions are dense). */
            behind: string | null;
            /** @description The event the projection failed on, while failed. */
            failedPosition: string | null;
            /** @description Seconds between the last event applied and the head event. */
            lagSeconds: number | null;
            lastError: string | null;
            /** @example academy-card */
            name: string;
            /**
             * @description Global position of the last event applied (0: none).
             * @example 1042
             */
            position: string;
            /** @enum {string} */
            status: "running" | "failed" | "stopped";
            /** Format: date-time */
            updatedAt: string | null;
        };
        PublishAimReportDto: {
            /**
             * Format: date
             * @description Only for an AIM recorded after the fact: the day the report was published, from the meeting's day to today. Otherwise the server dates it, and a day here is refused (400).
             * @example 2024-11-20
             */
            publishedOn?: string;
            /**
             * @description The report's summary: the next AIM's "previous AIM report".
             * @example Leadership is driving improvement in early reading; attendance remains the priority.
             */
            summary: string;
        };
        RagSummaryDto: {
            /** @example 1 */
            amber: number;
            /** @example 3 */
            green: number;
            /** @example 1 */
            grey: number;
            /** @example 0 */
            red: number;
        };
        RateCardDto: {
            /** @example 2024/25 */
            academicYear: string;
            rates: components["schemas"]["RateCardRatesView"];
            /**
             * @description `set`: the year's own rate card; `default`: none was set, so seed 003's rates price the year's recharges.
             * @example set
             * @enum {string}
             */
            source: "set" | "default";
        };
        RateCardRatesDto: {
            /**
             * @description Pence per day: a whole, even number (so half a day is whole pence), from 2 to 10000000. A headteacher supporting another academy.
             * @example 35000
             */
            headteacher: number;
            /**
             * @description Pence per day: a whole, even number (so half a day is whole pence), from 2 to 10000000. A hub improvement lead.
             * @example 35000
             */
            "hub-lead": number;
            /**
             * @description Pence per day: a whole, even number (so half a day is whole pence), from 2 to 10000000. The academy improvement director.
             * @example 35000
             */
            "improvement-director": number;
            /**
             * @description Pence per day: a whole, even number (so half a day is whole pence), from 2 to 10000000.
             * @example 15000
             */
            "support-staff": number;
            /**
             * @description Pence per day: a whole, even number (so half a day is whole pence), from 2 to 10000000.
             * @example 25000
             */
            teacher: number;
        };
        RateCardRatesView: {
            /**
             * @description Pence per day: a headteacher supporting another academy.
             * @example 35000
             */
            headteacher: number;
            /**
             * @description Pence per day: a hub improvement lead.
             * @example 35000
             */
            "hub-lead": number;
            /**
             * @description Pence per day: the academy improvement director.
             * @example 35000
             */
            "improvement-director": number;
            /**
             * @description Pence per day: support staff.
             * @example 15000
             */
            "support-staff": number;
            /**
             * @description Pence per day: a teacher.
             * @example 25000
             */
            teacher: number;
        };
        RatePlanPriorityDto: {
            /**
             * @description The AIM, for source `aim` only.
             * @example 5f0c6d0e-0d1c-4c56-9d3e-4b5e0f1a2b3c
             */
            aimId?: string | null;
            /** @example Writing moderated with the hub; still below national. */
            comment?: string | null;
            /**
             * Format: date
             * @description The day it was rated (an AIM's day; a week before a visit): within the plan's academic year (422 otherwise) and not in the future. Today when left out.
             * @example 2025-11-05
             */
            ratedOn?: string;
            /**
             * @example amber
             * @enum {string}
             */
            rating: "red" | "amber" | "green";
            /**
             * @description `direct`: on the plan; `aim`: at an AIM (with `aimId`, one of the academy's AIMs, 422 otherwise); `peer-visit`: the host headteacher's rating a week before a peer review visit (with `visitId`).
             * @example aim
             * @enum {string}
             */
            source: "direct" | "aim" | "peer-visit";
            /**
             * @description The peer review visit, for source `peer-visit` only.
             * @example visit-7
             */
            visitId?: string | null;
        };
        RatingSourceDto: {
            /** @description The AIM, for `aim`. */
            aimId: string | null;
            /**
             * @description `direct`: on the plan; `aim`: at an AIM; `peer-visit`: the host's rating a week before a peer review visit.
             * @enum {string}
             */
            kind: "direct" | "aim" | "peer-visit";
            /** @description The visit, for `peer-visit`. */
            visitId: string | null;
        };
        ReactorHealthDto: {
            /**
             * @description Events not yet applied (PostgreSQL store only, whose positions are dense).
             * @example 0
             */
            behind: string | null;
            /**
             * @description Seconds between the last event applied and the head event.
             * @example 0
             */
            lagSeconds: number | null;
            /**
             * @description Global position of the last event applied.
             * @example 1042
             */
            position: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ReactorsHealthDto: {
            /**
             * @description Of those, the ones over an hour past their time: any makes the check `degraded`.
             * @example 0
             */
            lateDeadlines?: number;
            /**
             * @description Why the check is down.
             * @example no answer within 3000 ms
             */
            message?: string;
            /**
             * @description Deadlines still to be checked.
             * @example 4
             */
            pendingDeadlines?: number;
            /** @description By reactor name. */
            reactors?: {
                [key: string]: components["schemas"]["ReactorHealthDto"];
            };
            /**
             * @description Milliseconds the check took (database and event store).
             * @example 3
             */
            responseTime?: number;
            /**
             * @description `down` fails the check (503); `degraded` is reported with 200.
             * @enum {string}
             */
            status: "up" | "degraded" | "down";
        };
        RebuildJobDto: {
            /**
             * @description Follow it with GET /admin/jobs/:jobId.
             * @example rebuild-expertise-directory-0b1c…
             */
            jobId: string;
            /** @example expertise-directory */
            projection: string;
        };
        RechargeAnswer: {
            /**
             * @description The academic year whose ledger it is posted to: the year the support was delivered.
             * @example 2024/25
             */
            academicYear: string;
            /**
             * @description The amount of the recharge (or of its reversal) in pence: the day rate × days.
             * @example 37500
             */
            amountPence: number;
            /**
             * @description Types of the events appended, in order (empty when the command changed nothing).
             * @example [
             *       "KpiRecorded"
             *     ]
             */
            events: string[];
            /**
             * @description The recharge id (use it for a reversal).
             * @example 0b5c3e1a-8f9d-5c2b-9a7e-3d4f5a6b7c8d
             */
            id: string;
            /**
             * @description Global position of the last event the command appended (or, when it changed nothing, of the stream's last event), as a decimal string. Pass it as `minPosition` to a query to read your own write.
             * @example 42
             */
            position: string;
            /**
             * @description The event stream the command appended to.
             * @example academy-138201
             */
            streamId: string;
        };
        RechargeLedgerReportContentDto: {
            lines: components["schemas"]["LedgerLineDto"][];
            reconciliation: components["schemas"]["ReconciliationDto"];
        };
        RechargeLedgerReportDto: {
            /** @example 2024/25 */
            academicYear: string | null;
            /** @description The global position asked for (a timestamp asked for is stored as its position). */
            asOf: string | null;
            /** @description The year's ledger lines and its reconciliation. */
            content: components["schemas"]["RechargeLedgerReportContentDto"];
            /** @description sha256 of the content as canonical JSON (keys sorted at every depth). */
            contentHash: string;
            id: string;
            /** Format: date */
            on: string | null;
            /**
             * @description The global position the report was built at.
             * @example 1042
             */
            position: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "recharge-ledger";
        };
        ReconciliationDto: {
            /** @example 2024/25 */
            academicYear: string;
            /** @description Every academy with a budget or a ledger line in the year, by URN. */
            academies: components["schemas"]["AcademyReconciliationDto"][];
            totals: components["schemas"]["ReconciliationTotalsDto"];
            trustCentre: components["schemas"]["TrustCentreReconciliationDto"];
        };
        ReconciliationTotalsDto: {
            /**
             * @description Equal to debitsPence: every recharge is a debit and an equal credit.
             * @example 1250000
             */
            creditsPence: number;
            /** @example 1250000 */
            debitsPence: number;
            /**
             * @description Debits less credits of the recharges between academies: zero when the ledger is whole.
             * @example 0
             */
            internalNetPence: number;
        };
        RecordAnnualReviewDto: {
            /**
             * @description The academic year reviewed (not a future one).
             * @example 2023/24
             */
            academicYear: string;
            /**
             * @description Whether the review found capacity to improve: none is a Tier 3 descriptor.
             * @example true
             */
            capacityToImprove: boolean;
            /** @example Leaders know the school well and have secured improvement in reading. */
            summary: string;
        };
        RecordBaselineDto: {
            /**
             * Format: date
             * @description The day of the due-diligence assessment (not in the future).
             * @example 2021-06-15
             */
            assessedOn: string;
            /**
             * @description Whether the school can give support to others, needs it, or neither.
             * @example taker
             * @enum {string}
             */
            capacity: "giver" | "taker" | "neutral";
            /**
             * @description Performance against national benchmarks and trust KPIs, curriculum.
             * @example Reading below national; strong curriculum leadership.
             */
            summary: string;
        };
        RecordCommissionedReviewDto: {
            /**
             * @description The academic year of the review (not a future one).
             * @example 2024/25
             */
            academicYear: string;
            /**
             * @description The support commitment of the academy's improvement plan for that academic year that this delivers (a commitment "shows its delivery": the core days, recharged development days and reviews that delivered it). Left out when it delivers none named; refused (422) when the plan for that year has no such commitment, or there is no plan.
             * @example c-writing-partner
             */
            commitmentId?: string;
            /**
             * Format: date
             * @description The day the review was completed: within the academic year, not in the future.
             * @example 2024-11-20
             */
            completedOn: string;
            /** @example Curriculum sequencing in foundation subjects is now coherent. */
            summary: string;
            /**
             * @description At most one review a term.
             * @example autumn
             * @enum {string}
             */
            term: "autumn" | "spring" | "summer";
        };
        RecordInspectionDto: {
            /**
             * @description The framework the inspection was made under: grades of different frameworks are not comparable, so each keeps its own fields.
             * @example eif-2024
             * @enum {string}
             */
            framework: "eif-2019" | "eif-2024" | "report-card-2025";
            /**
             * @description eif-2024 and report-card-2025 only (required there): the grade of each area. eif-2024 areas quality-of-education, behaviour-and-attitudes, personal-development, leadership-and-management, each outstanding / good / requires-improvement / inadequate; report-card-2025 areas inclusion, curriculum-and-teaching, achievement, attendance-and-behaviour, personal-development-and-wellbeing, leadership-and-governance, each exceptional / strong-standard / expected-standard / needs-attention / urgent-improvement; both also early-years and sixth-form where the school has them.
             * @example {
             *       "quality-of-education": "good",
             *       "behaviour-and-attitudes": "outstanding",
             *       "personal-development": "good",
             *       "leadership-and-management": "good"
             *     }
             */
            grades?: {
                [key: string]: string;
            };
            /**
             * Format: date
             * @description The day of the inspection (not in the future).
             * @example 2024-11-06
             */
            inspectedOn: string;
            /**
             * @description eif-2019 only (required there): the overall effectiveness grade.
             * @example good
             * @enum {string}
             */
            overallEffectiveness?: "outstanding" | "good" | "requires-improvement" | "inadequate";
            /**
             * @description report-card-2025 only (required there).
             * @example met
             * @enum {string}
             */
            safeguarding?: "met" | "not-met";
        };
        RecordKpiDto: {
            /** @example 2024/25 */
            academicYear: string;
            /**
             * @description progress: % pupils making at least expected progress; curriculum: grade 1–4 (lower is better); teaching: % teaching at least secure Good; attendance: % attendance; transition: % positive post-school destinations.
             * @example attendance
             * @enum {string}
             */
            kpi: "progress" | "curriculum" | "teaching" | "attendance" | "transition";
            /**
             * @description The national average recorded with the figure (a percentage); attendance with no target is held to it.
             * @example 94.1
             */
            nationalAverage?: number | null;
            /**
             * @description Where the figure came from: the academy's own data (the default) or a published measure.
             * @default academy-data
             * @example published
             * @enum {string}
             */
            source: "academy-data" | "published";
            /**
             * @example autumn
             * @enum {string}
             */
            term: "autumn" | "spring" | "summer";
            /**
             * @description A percentage 0–100 (at most 2 decimal places), or for curriculum a whole grade 1–4.
             * @example 94.6
             */
            value: number;
        };
        RecordOutcomeDto: {
            /**
             * @description The academic year whose outcomes these are (not a future one).
             * @example 2023/24
             */
            academicYear: string;
            /**
             * @description Whether the year's outcomes moved the right way.
             * @example positive
             * @enum {string}
             */
            direction: "positive" | "negative";
        };
        RecordSipVisitDto: {
            /**
             * @description A summary of the partner's report to the local governing board and the standards committee.
             * @example Reading fluency secure in KS1.
             */
            reportSummary: string;
            /**
             * Format: date
             * @description The day of the visit (not in the future); it counts towards that academic year.
             * @example 2024-10-15
             */
            visitedOn: string;
        };
        RecordVisitDto: {
            /**
             * @description Actions to accomplish by the next AIM (0 to 30).
             * @example [
             *       "Audit reading books against the phonics scheme"
             *     ]
             */
            actionsForNextAim: string[];
            /**
             * @description The lead headteacher's feedback to the host headteacher, on the focus of the visit.
             * @example Strong start to phonics; align reading books with the scheme.
             */
            feedback: string;
            /**
             * @description Only for trust-admin entering it on a headteacher's behalf: that headteacher's id. A headteacher leaves it out (it is the `sub` of their token), and so does the facilitating improvement director (named by their user id).
             * @example ht-oak
             */
            headteacherId?: string;
            /**
             * @description The recorder's own observations (0 to 50), if given here rather than on …/observations. Safeguarding concerns are never part of this record: they go on …/observations, which nothing recorded before refuses.
             * @example [
             *       "Phonics groups well matched to need"
             *     ]
             */
            observations?: string[];
        };
        RecordVisitObservationsDto: {
            /**
             * @description Only for trust-admin entering it on a headteacher's behalf: that headteacher's id. A headteacher leaves it out (it is the `sub` of their token), and so does the facilitating improvement director (named by their user id).
             * @example ht-oak
             */
            headteacherId?: string;
            /**
             * @description The visitor's own observations of the visit (0 to 50).
             * @example [
             *       "Phonics groups well matched to need"
             *     ]
             */
            observations?: string[];
            /**
             * @description Concerns of a safeguarding nature the visitor raises (0 to 20): each is flagged for escalation to the chief executive (GET /safeguarding-concerns). At least one observation or concern.
             * @example [
             *       "Side gate left unlocked during the school day"
             *     ]
             */
            safeguardingConcerns?: string[];
        };
        RegisterAcademyDto: {
            /**
             * @description The academy URN: 6 digits, as a string.
             * @example 138201
             */
            academyId: string;
            /**
             * @description The hub the academy belongs to.
             * @example North
             */
            hub: string;
            /**
             * Format: date
             * @description The day the academy joined the trust.
             * @example 2019-09-01
             */
            joinedOn: string;
            /** @example Oakfield Primary Academy */
            name: string;
            /**
             * @example primary
             * @enum {string}
             */
            phase: "primary" | "secondary" | "all-through" | "special";
            /**
             * @description URNs the school held before converting or being re-brokered.
             * @example [
             *       "117301"
             *     ]
             */
            predecessorUrns?: string[];
        };
        RegisterExpertiseDto: {
            /**
             * @description The academy employing them (URN); null for staff the trust employs centrally (must be null for the improvement director and hub leads).
             * @example 147851
             */
            academyId: string | null;
            /**
             * @description Their areas of strength.
             * @example [
             *       "phonics",
             *       "early-reading"
             *     ]
             */
            areas: ("phonics" | "early-reading" | "writing" | "english" | "maths-mastery" | "science" | "computing" | "humanities" | "curriculum-design" | "assessment" | "send" | "eal" | "pupil-premium" | "behaviour" | "attendance" | "safeguarding" | "early-years" | "leadership" | "middle-leadership" | "governance" | "school-business-management" | "church-school-distinctiveness" | "early-career-teachers")[];
            /** @example Priya Shah */
            name: string;
            /**
             * @description Other strengths, as free text (at most 20 of 100 characters).
             * @example [
             *       "Talk for Writing"
             *     ]
             */
            otherAreas?: string[];
            /**
             * @description Their role on the rate card, so support brokered from the database is recharged at the right rate.
             * @example teacher
             * @enum {string}
             */
            role: "improvement-director" | "hub-lead" | "headteacher" | "teacher" | "support-staff";
            /**
             * @description The member of staff's id: 1 to 64 letters, digits, hyphens or underscores.
             * @example priya-shah
             */
            staffId: string;
        };
        ReportAcceptedDto: {
            /**
             * @description Follow it with GET /admin/reports/:reportId.
             * @example report-0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e
             */
            reportId: string;
        };
        ReportPendingDto: {
            /** @description The report id. */
            id: string;
            /**
             * @description The state of the job building it.
             * @enum {string}
             */
            state: "waiting" | "delayed" | "active" | "completed";
        };
        ReportSummaryDto: {
            /** @example 2024/25 */
            academicYear: string | null;
            /** @description The global position asked for (a timestamp asked for is stored as its position). */
            asOf: string | null;
            /** @description sha256 of the content as canonical JSON (keys sorted at every depth). */
            contentHash: string;
            /**
             * Format: date-time
             * @description When it was built.
             */
            createdAt: string;
            id: string;
            /** Format: date */
            on: string | null;
            /**
             * @description The global position the report was built at.
             * @example 1042
             */
            position: string;
            /** @enum {string} */
            type: "academy-cards" | "tier-decisions" | "recharge-ledger" | "compliance";
        };
        RequiredAndHeldDto: {
            /**
             * @description Held in the year (with on, dated by then).
             * @example 2
             */
            held: number;
            /**
             * @description What the tier requires in the year; null while no tier is decided.
             * @example 3
             */
            required: number | null;
        };
        RescheduleAimDto: {
            /**
             * Format: date
             * @description The new day: a school day, today or later. The documents fall due a week before it.
             * @example 2025-04-02
             */
            date: string;
            /** @example Ofsted inspection that week */
            reason: string;
        };
        RetentionCategoryDto: {
            /**
             * @example peer-reviews
             * @enum {string}
             */
            category: "tier-decisions-and-evidence" | "aim-meetings" | "improvement-plans" | "peer-reviews" | "finance" | "safeguarding-concerns";
            /**
             * @description The earliest academic year whose records of this category are still kept today; those of earlier years have been (or are about to be) erased. Null when kept until erased on request.
             * @example 2022/23
             */
            earliestYearKept: string | null;
            /** @example peer review groups' names and members' names, visits' observations, feedback, focus and reports */
            holds: string;
            /**
             * @description Years kept after the end of the academic year the record is about; null: kept until erased on request.
             * @example 3
             */
            years: number | null;
        };
        RetentionRunDto: {
            /**
             * @description Follow it with GET /admin/jobs/:jobId: its result says what was checked and erased.
             * @example retention-requested-0b1c…
             */
            jobId: string;
        };
        RetentionScheduleDto: {
            categories: components["schemas"]["RetentionCategoryDto"][];
            /**
             * @description When retention runs each day, erasing what has passed retention.
             * @example 02:00 UTC
             */
            runsDailyAt: string;
            /**
             * Format: date
             * @description Today, by the trust's calendar: the day the schedule is read on.
             * @example 2025-09-01
             */
            today: string;
        };
        ReverseRechargeDto: {
            /**
             * @description Why the recharge is reversed: it goes into the contra entries' description.
             * @example Logged against the wrong academy
             */
            reason: string;
        };
        ReviewsRequiredAndHeldDto: {
            /**
             * @description Termly for Tier 3; null while no tier is decided.
             * @enum {string|null}
             */
            cadence: "annual" | "termly" | null;
            /**
             * @description Held in the year (with on, dated by then).
             * @example 2
             */
            held: number;
            /**
             * @description What the tier requires in the year; null while no tier is decided.
             * @example 3
             */
            required: number | null;
        };
        RiskAssessmentEvidenceDto: {
            /** Format: date */
            assessedOn: string;
            /** @enum {string} */
            level: "low" | "medium" | "high";
            /**
             * @description Global position of the event this item of evidence came from: read it back with the audit trail.
             * @example 1042
             */
            position: string;
            risks: components["schemas"]["RiskEvidenceDto"][];
        };
        RiskDto: {
            /**
             * @description Who owns the risk.
             * @example Headteacher
             */
            owner?: string | null;
            /** @example Staff turnover in Key Stage 2 */
            title: string;
        };
        RiskEvidenceDto: {
            owner: string | null;
            title: string;
        };
        SafeguardingConcernDto: {
            concern: string;
            /** @example <visitId>-1 */
            concernId: string;
            /** Format: date */
            flaggedOn: string;
            groupId: string;
            /** @example 138201 */
            hostAcademyId: string;
            /** @example 42 */
            position: string;
            /** @description The visitor who raised it; null for a concern flagged before who raised it was kept. */
            raisedBy: components["schemas"]["VisitAttendeeView"] | null;
            /** Format: date */
            visitDate: string;
            visitId: string;
        };
        ScheduleAimDto: {
            /**
             * Format: date
             * @description The day of the AIM: a school day (Monday to Friday). Its documents fall due a week before. A past day records a meeting after the fact: its documents are not chased, and it may then be prepared, held and reported on with the days those happened.
             * @example 2025-03-26
             */
            date: string;
            /**
             * @description A focus proposed now; it is agreed with the headteacher a week before (POST /aims/:aimId/focus).
             * @example Early reading in Key Stage 1
             */
            focus?: string | null;
            /**
             * @description Seed 003: a one-day AIM (9–1, meeting 2–4) or a one-and-a-half-day AIM (9–4, meeting the next day 9–11). Counts 1 or 1.5 of the academy's core days.
             * @example one-day
             * @enum {string}
             */
            format: "one-day" | "one-and-a-half-day";
        };
        ScheduleReviewVisitDto: {
            /**
             * @description The user id of the improvement director or hub improvement lead who attends and facilitates: an attendee, so a reader of the visit.
             * @example dee
             */
            facilitatorUserId?: string | null;
            /**
             * @description The academy visited (URN): one of the group's.
             * @example 138201
             */
            hostAcademyId: string;
            /**
             * @description Who leads this visit, when not the group's lead (never the host's headteacher).
             * @example ht-ash
             */
            leadHeadteacherId?: string | null;
            /**
             * @description The visiting headteachers (members other than the host's headteacher).
             * @example [
             *       "ht-elm"
             *     ]
             */
            reviewerIds: string[];
            /**
             * Format: date
             * @description A school day in the group's academic year. A past day records a visit after the fact: its report is then not chased.
             * @example 2026-01-21
             */
            visitDate: string;
        };
        SessionDto: {
            /**
             * @description The academies (URNs) of the token: what headteachers, governors and SIPs see.
             * @example [
             *       "142567"
             *     ]
             */
            academies: string[];
            /** @example Gail Governor */
            name: string;
            /**
             * @description Every permission of the access policy one of those roles holds (on the token's academies, for scoped roles).
             * @example [
             *       "academies.list",
             *       "academy-card.read"
             *     ]
             */
            permissions: string[];
            /** @description The roles the API knows of the token (unknown ones dropped). */
            roles: ("trust-admin" | "standards-committee" | "improvement-director" | "finance" | "headteacher" | "governor" | "sip")[];
            /**
             * @description The token's `sub`.
             * @example dev-governor-gail-governor
             */
            userId: string;
        };
        SetKpiTargetDto: {
            /** @example 2024/25 */
            academicYear: string;
            /**
             * @description progress: % pupils making at least expected progress; curriculum: grade 1–4 (lower is better); teaching: % teaching at least secure Good; attendance: % attendance; transition: % positive post-school destinations.
             * @example attendance
             * @enum {string}
             */
            kpi: "progress" | "curriculum" | "teaching" | "attendance" | "transition";
            /**
             * @description The target on the KPI's own scale. A percentage 0–100 (at most 2 decimal places), or for curriculum a whole grade 1–4.
             * @example 95
             */
            target: number;
        };
        SetRateCardDto: {
            /**
             * @description The academic year the rates apply to (support delivered in it).
             * @example 2024/25
             */
            academicYear: string;
            /** @description Seed 003's rates are the default for a year with no rate card: £350 a day for the improvement director, hub leads and headteachers, £250 for teachers, £150 for support staff. */
            rates: components["schemas"]["RateCardRatesDto"];
        };
        SetVisitFocusDto: {
            /** @description One or two aspects of the improvement plan, RAG rated: when the host has a plan for the visit's academic year, each names one of its priorities (`planPriorityId`). */
            aspects: components["schemas"]["FocusAspectDto"][];
            /**
             * @description Only for trust-admin entering it on a headteacher's behalf: that headteacher's id. A headteacher leaves it out (it is the `sub` of their token), and so does the facilitating improvement director (named by their user id).
             * @example ht-oak
             */
            headteacherId?: string;
        };
        SignInConfigDto: {
            /** @description The development sign-in is offered (POST /auth/development-token exists): the API signs with its published development secret. */
            development: boolean;
            /** @description Sign-in with an OpenID Connect issuer (authorization code with PKCE); null when none is configured. */
            oidc: components["schemas"]["OidcSignInDto"] | null;
        };
        StrategyPriorityDto: {
            /** @description The KPIs of the academy card it targets. */
            kpis: ("progress" | "curriculum" | "teaching" | "attendance" | "transition")[];
            priorityId: string;
            /** @example Raise attainment in Key Stage 2 writing */
            title: string;
        };
        SubjectAccessDto: {
            /**
             * Format: date-time
             * @description When they were erased (their key destroyed); null while their data is held.
             */
            erasedAt: string | null;
            /** @description Every event naming them by their id (each of their personal fields sits beside it), in the order of the log. */
            events: components["schemas"]["SubjectEventDto"][];
            /**
             * @description The last position read: the export is of the history up to it.
             * @example 1042
             */
            position: string;
            /** @example staff:st-41 */
            subjectId: string;
        };
        SubjectEventDto: {
            /** @description Who recorded it. */
            actor: components["schemas"]["AuditActorDto"];
            /** @description The event's data, opened (as the ledger reads it now: `[erased]` where a key was destroyed). */
            data: {
                [key: string]: unknown;
            };
            /**
             * @description Global position: the order of the whole log.
             * @example 1042
             */
            position: string;
            /** Format: date-time */
            recordedAt: string;
            /** @example expertise-st-41 */
            streamId: string;
            /**
             * @description The stored event type name.
             * @example ExpertiseRegistered
             */
            type: string;
        };
        SubmitAimDocumentDto: {
            /**
             * @description Required for the previous AIM report and the pupil premium strategy (circulated RAG rated); left out for the others.
             * @example amber
             * @enum {string|null}
             */
            rag?: "red" | "amber" | "green" | null;
            /**
             * Format: date
             * @description Only for an AIM recorded after the fact (scheduled once its day had passed): the day the document came in, not after the AIM's day. For any other AIM the server dates the document, and a day here is refused (400).
             * @example 2024-11-04
             */
            submittedOn?: string;
            /**
             * @description Seed 003: the documents circulated to the improvement director a week before the AIM.
             * @example sef
             * @enum {string}
             */
            type: "headteacher-report" | "sef" | "improvement-plan" | "lgb-minutes" | "previous-aim-report" | "pupil-premium-strategy";
        };
        SubmitPeerReviewReportDto: {
            /**
             * @description Only for trust-admin entering it on a headteacher's behalf: that headteacher's id. A headteacher leaves it out (it is the `sub` of their token), and so does the facilitating improvement director (named by their user id).
             * @example ht-oak
             */
            headteacherId?: string;
            /**
             * Format: date
             * @description Only for a visit recorded after the fact (entered in the diary once it had taken place): the day the report was sent, from the visit to today. Otherwise the server dates it, and a day here is refused (400).
             * @example 2024-11-14
             */
            submittedOn?: string;
            /**
             * @description The lead headteacher's short summary report.
             * @example Phonics is well led; reading books need aligning with the scheme.
             */
            summary: string;
        };
        SupportAmountsDto: {
            /**
             * @description Core improvement director days (halves allowed when delivered).
             * @example 1
             */
            coreDays: number;
            /**
             * @description Academy Development Days, recharged.
             * @example 4
             */
            developmentDays: number;
            /**
             * @description Trust-commissioned reviews.
             * @example 1
             */
            reviews: number;
        };
        SupportCommitmentViewDto: {
            commitmentId: string;
            committedBy: components["schemas"]["PlanActorDto"];
            /** Format: date */
            committedOn: string;
            /** @description The core days, recharged development days and reviews naming it (a reversed recharge does not count). */
            delivered: components["schemas"]["SupportAmountsDto"];
            deliveredInFull: boolean;
            deliveries: components["schemas"]["SupportDeliveryDto"][];
            /** @enum {string} */
            kind: "commissioned-partner" | "network-groups" | "teaching-and-learning-network" | "good-practice-partner" | "central-team" | "sle-lead-practitioner" | "additional-reviews" | "cpd-programme" | "external-review" | "school-to-school-support" | "standardised-policies";
            planned: components["schemas"]["SupportAmountsDto"];
            /** @description The priority it is for. */
            priorityId: string;
            /** @description Planned and not (yet) delivered; never below 0. */
            undelivered: components["schemas"]["SupportAmountsDto"];
        };
        SupportDeliveryDto: {
            /**
             * @description Days, or 1 for a review.
             * @example 1.5
             */
            amount: number;
            /** Format: date */
            deliveredOn: string;
            /**
             * @description `core-days` logged, `development-days` recharged, a `review` completed.
             * @enum {string}
             */
            kind: "core-days" | "development-days" | "review";
            /** @description The recharge, for development days. */
            rechargeId: string | null;
        };
        SupportLeadDto: {
            description: string;
            /** @enum {string} */
            name: "Academy Led" | "Trust Led";
        };
        SupportPackageDto: {
            lead: components["schemas"]["SupportLeadDto"];
            /** @description The trust support listed for the tier in the school improvement model. */
            trustSupport: string[];
        };
        TierDecisionMakerDto: {
            /** @example Dee Director */
            name: string;
            /**
             * @description The role the decision was made in.
             * @example improvement-director
             */
            role: string;
            /**
             * @description The token's `sub`.
             * @example dee.director
             */
            userId: string;
        };
        TierDecisionsReportDto: {
            /** @example 2024/25 */
            academicYear: string | null;
            /** @description The global position asked for (a timestamp asked for is stored as its position). */
            asOf: string | null;
            /** @description The tier decisions, as GET /tier-decisions answers them. */
            content: components["schemas"]["TierHistoryEntryDto"][];
            /** @description sha256 of the content as canonical JSON (keys sorted at every depth). */
            contentHash: string;
            id: string;
            /** Format: date */
            on: string | null;
            /**
             * @description The global position the report was built at.
             * @example 1042
             */
            position: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "tier-decisions";
        };
        TierHistoryEntryDto: {
            /** @example 2024/25 */
            academicYear: string;
            /** @example 138201 */
            academyId: string;
            /**
             * Format: date-time
             * @deprecated
             * @description The same instant as `recordedAt` (the day the decision was made is `decidedOn`).
             */
            decidedAt: string;
            decidedBy: components["schemas"]["TierDecisionMakerDto"];
            /**
             * Format: date
             * @description The day the decision was made: earlier than `recordedAt` for a decision recorded later.
             * @example 2024-09-12
             */
            decidedOn: string;
            /** Format: uuid */
            decisionId: string;
            /** @description The evidence as known when the decision was made, with the positions of the events it came from; later evidence never changes it. */
            evidence: components["schemas"]["EvidenceSnapshotDto"];
            /** @description Evidence missing when the decision was made (a Tier 3 descriptor decides alone). */
            missing: string[];
            /** @description The tier differs from the recommendation (then a rationale is given). */
            override: boolean;
            /**
             * @description Global position of the decision's event.
             * @example 1043
             */
            position: string;
            rationale: string | null;
            reasons: string[];
            /**
             * @description What the tier criteria recommended on the evidence at the time.
             * @enum {integer}
             */
            recommendedTier: 1 | 2 | 3;
            /**
             * Format: date-time
             * @description The instant the decision was recorded in the ledger.
             */
            recordedAt: string;
            /** @description The later decision of the same year that replaced this one; null while it is in force. */
            supersededBy: string | null;
            /** @description The decision of the same year this one replaced. */
            supersedes: string | null;
            /** @enum {integer} */
            tier: 1 | 2 | 3;
        };
        TierRecommendationDto: {
            /** @example 2024/25 */
            academicYear: string;
            /** @example 138201 */
            academyId: string;
            evidence: components["schemas"]["EvidenceSnapshotDto"];
            /**
             * @description Evidence the policy needs that is not yet recorded.
             * @example []
             */
            missing: string[];
            /**
             * @description Global position of the academy stream's last event read: the recommendation is as known then.
             * @example 1042
             */
            position: string;
            /** @description Sentences citing the evidence behind the recommendation. */
            reasons: string[];
            /**
             * @description Null while evidence is missing and no Tier 3 descriptor is present.
             * @enum {integer|null}
             */
            recommendedTier: 1 | 2 | 3 | null;
        };
        TimelineActorDto: {
            /** @example improvement-director */
            role: string;
            /** @example jane.director */
            userId: string;
        };
        TimelineEntryDto: {
            actor: components["schemas"]["TimelineActorDto"];
            /** @description The card as it stood once this event was applied. */
            card: components["schemas"]["AcademyCardDto"] | null;
            /** @description The event's data as stored. */
            data: {
                [key: string]: unknown;
            };
            /**
             * @description The event's global position (find it in GET /audit).
             * @example 1042
             */
            position: string;
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description The event's version in the academy's stream, from 0.
             * @example 3
             */
            streamVersion: number;
            /**
             * @description The stored event type name.
             * @example KpiCorrected
             */
            type: string;
        };
        TrustCentreReconciliationDto: {
            /**
             * @description Earned by centrally employed staff (improvement director, hub leads), net of reversals.
             * @example 210000
             */
            incomePence: number;
        };
        UngradedOverallEffectivenessDto: {
            /** @description Whether the tier policy reads the inspection as below Good (any sub-grade RI or inadequate under eif-2024; any area urgent improvement, needs attention in leadership, or safeguarding not met under report-card-2025). */
            belowGood: boolean;
            /** @enum {string} */
            framework: "eif-2024" | "report-card-2025";
            /** @description Always null: the framework gives no overall effectiveness grade. */
            grade: string | null;
            /**
             * @description That reading in words.
             * @example The latest inspection (education inspection framework 2024, 2024-11-06) graded behaviour and attitudes requires improvement: below Good.
             */
            summary: string;
        };
        VisitAttendeeView: {
            /**
             * @description A headteacher's id, or the facilitator's user id.
             * @example ht-elm
             */
            personId: string;
            /**
             * @description The part they play in the visit.
             * @enum {string}
             */
            role: "host" | "lead" | "reviewer" | "facilitator";
        };
        VisitFindingsView: {
            actionsForNextAim: string[];
            /** @description The lead headteacher's feedback to the host headteacher. */
            feedback: string;
            /** @description The lead headteacher or the facilitator; null for a record made before the recorder was kept. */
            recordedBy: components["schemas"]["VisitAttendeeView"] | null;
            /** Format: date */
            recordedOn: string;
        };
        VisitFocusView: {
            aspects: components["schemas"]["FocusAspectView"][];
            /** Format: date */
            setOn: string;
        };
        VisitReportView: {
            /** Format: date */
            dueOn: string;
            late: boolean;
            /** Format: date */
            submittedOn: string;
            summary: string;
        };
        WithdrawExpertiseDto: {
            /** @example Left the trust */
            reason?: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAcademies: {
        parameters: {
            query?: {
                /** @description As recorded: the answer as the system knew it at this instant (what the live endpoint answered then), even after later corrections. A future instant reads live. */
                asOf?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
                /** @description As effective: the state on this date by everything known now (or at asOf, when both are given). */
                on?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcademyListItemDto"][];
                };
            };
            /** @description minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee, improvement-director, finance, headteacher (own academies), governor (own academies), sip (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition (or asOf) yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    registerAcademy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterAcademyDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The academy is already registered, or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    listAims: {
        parameters: {
            query?: {
                /** @description As recorded: the answer as the system knew it at this instant (what the live endpoint answered then), even after later corrections. A future instant reads live. */
                asOf?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
                /** @description As effective: the state on this date by everything known now (or at asOf, when both are given). */
                on?: string;
            };
            header?: never;
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AimViewDto"][];
                };
            };
            /** @description The id is not a URN, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee, improvement-director, headteacher (own academies), governor (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    scheduleAim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleAimDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    recordAnnualReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAnnualReviewDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The annual review of that year is already recorded, or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    recordBaseline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordBaselineDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The baseline is already recorded, or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewAcademyCard: {
        parameters: {
            query?: {
                /** @description As recorded: the answer as the system knew it at this instant (what the live endpoint answered then), even after later corrections. A future instant reads live. */
                asOf?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
                /** @description As effective: the state on this date by everything known now (or at asOf, when both are given). */
                on?: string;
            };
            header?: never;
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcademyCardDto"];
                };
            };
            /** @description The id is not a URN, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee, improvement-director, finance, headteacher (own academies), governor (own academies), sip (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy (or not registered at asOf, or by the date on). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition (or asOf) yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewCoreDays: {
        parameters: {
            query: {
                /** @description The academic year of the entitlement. */
                academicYear: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
            };
            header?: never;
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoreDaysLeftDto"];
                };
            };
            /** @description The id is not a URN, or academicYear is missing or not YYYY/YY. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, finance. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    logCoreDay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogCoreDayDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change to the same academy's core days. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The days would take the academy beyond its 6 core days in the academic year; or `commitmentId` names no support commitment of the academy's improvement plan for that year. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    agreeImprovementBudget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreeImprovementBudgetDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, finance. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change to the same budget. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not agreed by all four of the headteacher, improvement director, chief executive and finance director. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    draftImprovementPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftImprovementPlanDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, headteacher (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The academy already has a plan for the year, or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewImprovementPlan: {
        parameters: {
            query?: {
                /** @description As recorded: the answer as the system knew it at this instant (what the live endpoint answered then), even after later corrections. A future instant reads live. */
                asOf?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
                /** @description As effective: the state on this date by everything known now (or at asOf, when both are given). */
                on?: string;
            };
            header?: never;
            path: {
                /** @description The academic year of the plan, written YYYY-YY (2025-26 for 2025/26). */
                academicYear: string;
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementPlanViewDto"];
                };
            };
            /** @description The id is not a URN, the year not YYYY-YY, minPosition not a non-negative integer, asOf not a timestamp or on not a date. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee, improvement-director, finance, headteacher (own academies), governor (own academies), sip (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy, or no plan for the year (as known at asOf, drafted by on). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    closeImprovementPlanYear: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academic year of the plan, written YYYY-YY (2025-26 for 2025/26). */
                academicYear: string;
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CloseImprovementPlanYearDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The academy has no plan for the year. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The academic year had not begun by the day it is closed; that day is before the plan's latest change. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    confirmImprovementPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academic year of the plan, written YYYY-YY (2025-26 for 2025/26). */
                academicYear: string;
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmImprovementPlanDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The academy has no plan for the year. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The plan has no priorities yet; its year is closed; `aimId` is not one of the academy's AIMs; `confirmedOn` is before the plan's latest change. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    addPlanPriority: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academic year of the plan, written YYYY-YY (2025-26 for 2025/26). */
                academicYear: string;
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddPlanPriorityDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, headteacher (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The academy has no plan for the year. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Another priority of the plan has the title, or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The plan's year is closed; `aimId` is not one of the academy's AIMs; `addedOn` is before the plan's latest change. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    addPlanAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academic year of the plan, written YYYY-YY (2025-26 for 2025/26). */
                academicYear: string;
                /** @description The academy URN. */
                id: string;
                /** @description The priority of the plan (the id its addition answered). */
                priorityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddPlanActionDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, headteacher (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The academy has no plan for the year, or the plan no such priority. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The plan's year is closed; `addedOn` is before the plan's latest change. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    amendPlanAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academic year of the plan, written YYYY-YY (2025-26 for 2025/26). */
                academicYear: string;
                /** @description The action of the priority (the id its addition answered). */
                actionId: string;
                /** @description The academy URN. */
                id: string;
                /** @description The priority of the plan (the id its addition answered). */
                priorityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendPlanActionDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, headteacher (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The academy has no plan for the year, or the plan no such priority, or the priority no such action. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The plan's year is closed; `amendedOn` is before the plan's latest change. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    amendPlanPriority: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academic year of the plan, written YYYY-YY (2025-26 for 2025/26). */
                academicYear: string;
                /** @description The academy URN. */
                id: string;
                /** @description The priority of the plan (the id its addition answered). */
                priorityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendPlanPriorityDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, headteacher (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The academy has no plan for the year, or the plan no such priority. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Another priority of the plan has the title, or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The plan's year is closed; `aimId` is not one of the academy's AIMs; `amendedOn` is before the plan's latest change. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ratePlanPriority: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academic year of the plan, written YYYY-YY (2025-26 for 2025/26). */
                academicYear: string;
                /** @description The academy URN. */
                id: string;
                /** @description The priority of the plan (the id its addition answered). */
                priorityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatePlanPriorityDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, headteacher (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The academy has no plan for the year, or the plan no such priority. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The plan's year is closed; `ratedOn` is outside the plan's academic year; `aimId` is not one of the academy's AIMs. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    commitPlanSupport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academic year of the plan, written YYYY-YY (2025-26 for 2025/26). */
                academicYear: string;
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitPlanSupportDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The academy has no plan for the year, or the plan no such priority. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The plan's year is closed; `committedOn` is before the plan's latest change. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    recordInspection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordInspectionDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description An inspection on that day is already recorded, or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewKpiSeries: {
        parameters: {
            query?: {
                /** @description As recorded: the answer as the system knew it at this instant (what the live endpoint answered then), even after later corrections. A future instant reads live. */
                asOf?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
                /** @description As effective: the state on this date by everything known now (or at asOf, when both are given). */
                on?: string;
            };
            header?: never;
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcademyKpiSeriesDto"];
                };
            };
            /** @description The id is not a URN, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee, improvement-director, finance, headteacher (own academies), governor (own academies), sip (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy (or not registered at asOf, or by the date on). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition (or asOf) yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    setKpiTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetKpiTargetDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    recordKpi: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordKpiDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, headteacher (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The figure is already recorded (send a correction to change it), or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    correctKpi: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectKpiDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, headteacher (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The figure was never recorded, so there is nothing to correct. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    recordOutcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordOutcomeDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The outcome of that year is already recorded, or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    recordCommissionedReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCommissionedReviewDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A review of that term is already recorded, or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `commitmentId` names no support commitment of the academy's improvement plan for that academic year. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    assessRisk: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessRiskDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    assignSip: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignSipDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    recordSipVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSipVisitDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A visit on that day is already recorded, or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No School Improvement Partner is assigned to the academy. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    decideTier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideTierDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The tier differs from the recommendation and no rationale is given; evidence is missing so no tier can be recommended (evidence dated after `decidedOn` cannot be cited, and the answer names it); `decidedOn` is before the academy joined the trust, or before the decision of the year it would revise. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewTierHistory: {
        parameters: {
            query?: {
                /** @description As recorded: the answer as the system knew it at this instant (what the live endpoint answered then), even after later corrections. A future instant reads live. */
                asOf?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
                /** @description As effective: the state on this date by everything known now (or at asOf, when both are given). */
                on?: string;
            };
            header?: never;
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierHistoryEntryDto"][];
                };
            };
            /** @description The id is not a URN, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee, improvement-director, headteacher (own academies), governor (own academies), sip (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewTierRecommendation: {
        parameters: {
            query: {
                academicYear: string;
                /** @description The recommendation a decision made on this day would store: only the evidence in effect by then. Every item recorded so far when absent. */
                decidedOn?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
            };
            header?: never;
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierRecommendationDto"];
                };
            };
            /** @description The id is not a URN, academicYear is missing or not an academic year, or decidedOn is not a date. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee, improvement-director, headteacher (own academies), governor (own academies), sip (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewTimeline: {
        parameters: {
            query?: {
                /** @description As recorded: only the events recorded by this instant, each with the card as it then stood. */
                asOf?: string;
                /** @description At most this many items (1 to 1000); the whole list without it. The total is in X-Total-Count. */
                limit?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
                /** @description Skip this many items first (default 0). */
                offset?: string;
            };
            header?: never;
            path: {
                /** @description The academy URN. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description How many items the whole list has (with limit and offset, more than this page may hold). */
                    "X-Total-Count"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEntryDto"][];
                };
            };
            /** @description The id is not a URN, or minPosition is not a non-negative integer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee, improvement-director, finance, headteacher (own academies), governor (own academies), sip (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown academy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    subjectAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subject as the key store names them: `<kind>:<id>`, the kind one of staff, sip, user, safeguarding-concern. */
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subject and their events. */
            200: {
                headers: {
                    /** @description With text/csv: `attachment` with the file name. */
                    "Content-Disposition"?: string;
                    /** @description Accept: the same URL answers JSON or CSV. */
                    Vary?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectAccessDto"];
                    "text/csv": string;
                };
            };
            /** @description subjectId is not `<kind>:<id>` of a known kind. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The ledger holds nothing about that subject (no key was ever made for them). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    erasePersonalData: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of the event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The subject as the key store names them: `<kind>:<id>`, the kind one of staff, sip, user, safeguarding-concern. */
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasePersonalDataDto"];
            };
        };
        responses: {
            /** @description The erasure, as first recorded (`already: true` when it had been recorded before). */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the event. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureAnswer"];
                };
            };
            /** @description subjectId is not `<kind>:<id>` of a known kind, or reason is missing, empty or too long: `fields` names each. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The ledger holds nothing about that subject (no key was ever made for them). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: {
                /** @description At most this many, newest first (1 to 100; default 20). */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"][];
                };
            };
            /** @description `limit` not a whole number from 1 to 100. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id a rebuild (or report) answered. */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job as it stands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            /** @description Invalid input: `fields` names each bad parameter or body field (a body that is not JSON is named `body`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No job of that id (or it is no longer kept). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    listProjections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The store head and every read model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionsDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    rebuildProjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The projection's name, as GET /admin/projections lists them. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rebuild is queued: GET /admin/jobs/:jobId. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnqueuedJobDto"];
                };
            };
            /** @description Invalid input: `fields` names each bad parameter or body field (a body that is not JSON is named `body`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No projection of that name. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    retryProjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The projection's name, as GET /admin/projections lists them. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projection, running again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionStatusDto"];
                };
            };
            /** @description Invalid input: `fields` names each bad parameter or body field (a body that is not JSON is named `body`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No projection of that name. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The projections run in the worker: restart it to retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    listReports: {
        parameters: {
            query?: {
                /** @description At most this many, newest first (1 to 100; default 20). */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSummaryDto"][];
                };
            };
            /** @description `limit` not a whole number from 1 to 100. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    createReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReportDto"];
            };
        };
        responses: {
            /** @description The report is being built: GET /admin/reports/:reportId. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportAcceptedDto"];
                };
            };
            /** @description type is not a report type, a field is of the wrong form, or the type needs academicYear. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id POST /admin/reports answered. */
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, built. */
            200: {
                headers: {
                    /** @description With text/csv: `attachment` with the file name. */
                    "Content-Disposition"?: string;
                    /** @description Accept: the same URL answers JSON or CSV. */
                    Vary?: string;
                    /** @description With text/csv: sha256 of the JSON content (canonical, keys sorted). */
                    "X-Content-Hash"?: string;
                    /** @description With text/csv: the global position the report was built at. */
                    "X-Report-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcademyCardsReportDto"] | components["schemas"]["TierDecisionsReportDto"] | components["schemas"]["RechargeLedgerReportDto"] | components["schemas"]["ComplianceReportDto"];
                    "text/csv": string;
                };
            };
            /** @description Not built yet: ask again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportPendingDto"];
                };
            };
            /** @description Invalid input: `fields` names each bad parameter or body field (a body that is not JSON is named `body`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No report of that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Building the report failed (the message says why): request it again. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    getRetentionSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionScheduleDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    applyRetention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Retention is queued: GET /admin/jobs/:jobId. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionRunDto"];
                };
            };
            /** @description Invalid input: `fields` names each bad parameter or body field (a body that is not JSON is named `body`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewAim: {
        parameters: {
            query?: {
                /** @description As recorded: the answer as the system knew it at this instant (what the live endpoint answered then), even after later corrections. A future instant reads live. */
                asOf?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
                /** @description As effective: the state on this date by everything known now (or at asOf, when both are given). */
                on?: string;
            };
            header?: never;
            path: {
                /** @description The AIM id. */
                aimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AimViewDto"];
                };
            };
            /** @description The id is malformed, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee, improvement-director, headteacher (own academies), governor (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown AIM (as known at asOf, dated by on), or another academy's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    checkAimDocuments: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The AIM id. */
                aimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown AIM. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    submitAimDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The AIM id. */
                aimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitAimDocumentDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, headteacher (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown AIM. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The AIM has been held. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    agreeAimFocus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The AIM id. */
                aimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreeAimFocusDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown AIM. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The AIM has been held. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    holdAim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The AIM id. */
                aimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HoldAimDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown AIM. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The AIM was already held, or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The chair is not the improvement director, or the meeting is not on the AIM's day (reschedule it first); or a priority names no priority of the academy's improvement plan for the AIM's year, or (when the academy has a plan for that year) a priority names none of its priorities, or a text is not the title of the priority it names. The message names the field, e.g. `priorities[1].planPriorityId`. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    publishAimReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The AIM id. */
                aimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishAimReportDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown AIM. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The report was already published, or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The AIM has not been held. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    rescheduleAim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The AIM id (the `id` its scheduling answered). */
                aimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleAimDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown AIM. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The AIM has been held. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewAuditTrail: {
        parameters: {
            query?: {
                /** @description Only events that concern this academy: those on its own stream and those of other streams that name it (both academies of a recharge, a peer review visit's host...). */
                academyId?: string;
                /** @description Only events made by this user (the token's `sub` when the command was sent). */
                actor?: string;
                /** @description The next page: events strictly after this position (the `X-Next-After` header of the previous page). */
                after?: string;
                /** @description Only events recorded at or after this time. */
                from?: string;
                /** @description At most this many events (default 100, at most 1000). */
                limit?: string;
                /** @description Read your own write: wait (up to 5 s) until the audit trail has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
                /** @description Only this stream's events, e.g. `academy-138201` or `recharge-<id>`. */
                streamId?: string;
                /** @description Only events recorded strictly before this time (so consecutive ranges never overlap); after `from`. */
                to?: string;
                /** @description Only events of this stored type name. */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Present when there are more events: the next page's URL, rel="next". */
                    Link?: string;
                    /** @description Present when there are more events: pass it as `after` for the next page. */
                    "X-Next-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventDto"][];
                };
            };
            /** @description A filter of the wrong form (the message names it), `to` not after `from`, or limit outside 1–1000. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    historyDigest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainDigestDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    historyPosition: {
        parameters: {
            query?: {
                /** @description A past instant: the last event recorded at or before it. Without it: the latest event. */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryPositionDto"];
                };
            };
            /** @description `asOf` not an instant with a time zone. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee, improvement-director, finance, headteacher (own academies), governor (own academies), sip (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    verifyHistory: {
        parameters: {
            query?: {
                /** @description The first position to verify (default 1; a later one starts from the stored link before it). */
                from?: string;
                /** @description The last position to verify (default: the store's head). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationDto"];
                };
            };
            /** @description `from` or `to` not a position, or `to` before `from`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewSignInConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInConfigDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    mintDevelopmentToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevelopmentSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentTokenDto"];
                };
            };
            /** @description role not one of the seven, academy missing for a headteacher, governor or SIP or not a URN, name empty or not text. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description Not in this deployment: it signs with a secret of its own or trusts an issuer. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee, improvement-director, finance, headteacher (own academies), governor (own academies), sip (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewCompliance: {
        parameters: {
            query: {
                academicYear: string;
                /** @description Only this academy's entry (an academy's page); every academy without it. */
                academyId?: string;
                /** @description As recorded: the answer as the system knew it at this instant (what the live endpoint answered then), even after later corrections. A future instant reads live. */
                asOf?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
                /** @description As effective: the state on this date by everything known now (or at asOf, when both are given). */
                on?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceDto"];
                };
            };
            /** @description academicYear is missing or not an academic year, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee, improvement-director, finance. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    searchExpertise: {
        parameters: {
            query: {
                /** @description A known area (phonics, early-reading, writing, english, maths-mastery, science, computing, humanities, curriculum-design, assessment, send, eal, pupil-premium, behaviour, attendance, safeguarding, early-years, leadership, middle-leadership, governance, school-business-management, church-school-distinctiveness, early-career-teachers), or any text, matched against other areas. */
                area: string;
                /** @description The academy to be supported: its own staff are not offered to it. */
                excludeAcademyId?: string;
                /** @description The supported academy's hub: staff of the same hub are offered first. */
                hub?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertiseMatchDto"][];
                };
            };
            /** @description area missing, empty or too long, excludeAcademyId not a URN, or minPosition not a non-negative integer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    registerExpertise: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterExpertiseDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The employing academy is not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The staff member is already listed, or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    updateExpertise: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The member of staff. */
                staffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpertiseProfileDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The staff member is not in the database, or the employing academy is not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The staff member was withdrawn: register them again. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    withdrawExpertise: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The member of staff. */
                staffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawExpertiseDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The staff member is not in the database. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewLedger: {
        parameters: {
            query: {
                /** @description The academic year to reconcile. */
                academicYear: string;
                /** @description Only the lines on this academy's accounts (its spend and its income). Required for a headteacher, and one of their own academies; finance and trust-admin may leave it out for the whole ledger. */
                academyId?: string;
                /** @description As recorded: the answer as the system knew it at this instant (what the live endpoint answered then), even after later corrections. A future instant reads live. */
                asOf?: string;
                /** @description Only the lines dated on or after this day. */
                from?: string;
                /** @description At most this many items (1 to 1000); the whole list without it. The total is in X-Total-Count. */
                limit?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
                /** @description Skip this many items first (default 0). */
                offset?: string;
                /** @description As effective: the state on this date by everything known now (or at asOf, when both are given). */
                on?: string;
                /** @description Only the lines dated on or before this day. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lines: JSON, or with `Accept: text/csv` the CSV download. */
            200: {
                headers: {
                    /** @description With text/csv: `attachment` with the file name, e.g. recharge-ledger-2024-25.csv. */
                    "Content-Disposition"?: string;
                    /** @description Accept: the same URL answers JSON or CSV. */
                    Vary?: string;
                    /** @description How many items the whole list has (with limit and offset, more than this page may hold). */
                    "X-Total-Count"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NamedLedgerLineDto"][];
                    "text/csv": string;
                };
            };
            /** @description academicYear missing or not YYYY/YY, academyId not a URN, minPosition not a non-negative integer, asOf not a timestamp or on not a date. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, finance, headteacher (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewRateCard: {
        parameters: {
            query: {
                /** @description The academic year whose recharges the rate card prices. */
                academicYear: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateCardDto"];
                };
            };
            /** @description academicYear missing or not YYYY/YY, or minPosition not a non-negative integer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, finance, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    reconcileLedger: {
        parameters: {
            query: {
                /** @description The academic year to reconcile. */
                academicYear: string;
                /** @description As recorded: the answer as the system knew it at this instant (what the live endpoint answered then), even after later corrections. A future instant reads live. */
                asOf?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
                /** @description As effective: the state on this date by everything known now (or at asOf, when both are given). */
                on?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NamedReconciliationDto"];
                };
            };
            /** @description academicYear missing or not YYYY/YY, minPosition not a non-negative integer, asOf not a timestamp or on not a date. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, finance. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    checkHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up: `ok`, or `degraded` while a projection has failed or deadlines are late. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A check is down (`error`), or the process is shutting down. Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `ok`, with no checks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The process is shutting down. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready: the database and event store answer and every projection keeps up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not ready (`error`): the check that is down says why; or the process is shutting down. Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    importFile: {
        parameters: {
            query?: {
                /** @description The kind of file (instead of the form field). */
                kind?: "academies" | "kpi-targets" | "kpis" | "inspections" | "outcomes" | "annual-reviews" | "risk-assessments" | "sip-assignments" | "sip-visits" | "commissioned-reviews" | "tier-decisions" | "aims-held" | "improvement-plans" | "rate-cards" | "budgets" | "recharges";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The CSV file.
                     */
                    file: string;
                    /**
                     * @description The kind of file; when absent, the header must be that of exactly one kind.
                     * @enum {string}
                     */
                    kind?: "academies" | "kpi-targets" | "kpis" | "inspections" | "outcomes" | "annual-reviews" | "risk-assessments" | "sip-assignments" | "sip-visits" | "commissioned-reviews" | "tier-decisions" | "aims-held" | "improvement-plans" | "rate-cards" | "budgets" | "recharges";
                };
            };
        };
        responses: {
            /** @description Every row checked: the job storing them is queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportAcceptedDto"];
                };
            };
            /** @description Not a CSV file, not UTF-8, over 50 MB, a wrong header or unknown kind, or bad rows (each listed): nothing stored. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportBadRequestDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    checkImportFile: {
        parameters: {
            query?: {
                /** @description The kind of file (instead of the form field). */
                kind?: "academies" | "kpi-targets" | "kpis" | "inspections" | "outcomes" | "annual-reviews" | "risk-assessments" | "sip-assignments" | "sip-visits" | "commissioned-reviews" | "tier-decisions" | "aims-held" | "improvement-plans" | "rate-cards" | "budgets" | "recharges";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The CSV file.
                     */
                    file: string;
                    /**
                     * @description The kind of file; when absent, the header must be that of exactly one kind.
                     * @enum {string}
                     */
                    kind?: "academies" | "kpi-targets" | "kpis" | "inspections" | "outcomes" | "annual-reviews" | "risk-assessments" | "sip-assignments" | "sip-visits" | "commissioned-reviews" | "tier-decisions" | "aims-held" | "improvement-plans" | "rate-cards" | "budgets" | "recharges";
                };
            };
        };
        responses: {
            /** @description Every row is good: what importing it would store. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportCheckDto"];
                };
            };
            /** @description Not a CSV file, not UTF-8, over 50 MB, a wrong header or unknown kind, or bad rows (each listed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportBadRequestDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    importTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The kind, then `.csv`. */
                file: "academies.csv" | "kpi-targets.csv" | "kpis.csv" | "inspections.csv" | "outcomes.csv" | "annual-reviews.csv" | "risk-assessments.csv" | "sip-assignments.csv" | "sip-visits.csv" | "commissioned-reviews.csv" | "tier-decisions.csv" | "aims-held.csv" | "improvement-plans.csv" | "rate-cards.csv" | "budgets.csv" | "recharges.csv";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    /** @description `attachment; filename="<kind>.csv"` */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `fields` names each bad parameter or body field (a body that is not JSON is named `body`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No kind of import of that name. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    listPeerReviewGroups: {
        parameters: {
            query?: {
                /** @description Only the groups of this academic year. */
                academicYear?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeerReviewGroupDto"][];
                };
            };
            /** @description academicYear is not an academic year, or minPosition is not a non-negative integer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, headteacher (own academies), governor (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    formPeerReviewGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FormPeerReviewGroupDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A member academy is not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The academic year has passed. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewPeerReviewGroup: {
        parameters: {
            query?: {
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
            };
            header?: never;
            path: {
                /** @description The peer review group. */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeerReviewGroupDto"];
                };
            };
            /** @description minPosition is not a non-negative integer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, headteacher (own academies), governor (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such group, or one none of the caller's academies is in. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    scheduleReviewVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The peer review group (the id POST /peer-reviews answered). */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleReviewVisitDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such group. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The host already has a visit that day, or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The host already has three visits this year, the date is outside the group's year, or a named headteacher is not a visiting member. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    viewPeerReviewVisit: {
        parameters: {
            query?: {
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
            };
            header?: never;
            path: {
                /** @description The peer review group. */
                groupId: string;
                /** @description The visit. */
                visitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeerReviewVisitDto"];
                };
            };
            /** @description minPosition is not a non-negative integer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, headteacher (own academies), governor (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such visit in the group, or one the caller may not read. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    setVisitFocus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The peer review group. */
                groupId: string;
                /** @description The visit (the id its scheduling answered). */
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetVisitFocusDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, headteacher (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such visit in the group. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The day of the visit has come; or an aspect names no priority of the host's improvement plan for the visit's year, or (when the host has a plan for that year) an aspect names none of its priorities, or a text is not the title of the priority it names. The message names the field, e.g. `aspects[0].planPriorityId`. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    recordVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The peer review group. */
                groupId: string;
                /** @description The visit. */
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordVisitDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, headteacher (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such visit in the group, or one the caller may not read (answered exactly as an unknown visit). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The visit was already recorded held. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The visit has not taken place yet. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    recordVisitObservations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The peer review group. */
                groupId: string;
                /** @description The visit. */
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordVisitObservationsDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, improvement-director, headteacher (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such visit in the group, or one the caller may not read (answered exactly as an unknown visit). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change, or a request with the same Idempotency-Key still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The visit has not taken place yet. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    submitPeerReviewReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The peer review group. */
                groupId: string;
                /** @description The visit. */
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitPeerReviewReportDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, headteacher (own academies). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such visit in the group. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The report was already submitted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not the lead headteacher, or the visit is not recorded yet. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    setRateCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRateCardDto"];
            };
        };
        responses: {
            /** @description The events appended. */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, finance. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A concurrent change to the same rate card. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    logRecharge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogRechargeDto"];
            };
        };
        responses: {
            /**
             * @description The events appended.
             *
             *     The recharge logged, with its amount.
             */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RechargeAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, finance, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The supported or provider academy is not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A request with the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description An academy cannot recharge itself; or `commitmentId` names no support commitment of the supported academy's improvement plan for that year. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    reverseRecharge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422). */
                "Idempotency-Key"?: string;
                /** @description Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer. */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The recharge id, from the answer of POST /recharges. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReverseRechargeDto"];
            };
        };
        responses: {
            /**
             * @description The events appended.
             *
             *     The reversal posted, with the amount reversed.
             */
            201: {
                headers: {
                    /** @description `true` when the answer is that of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    /** @description The correlation id stored with the events. */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RechargeAnswer"];
                };
            };
            /** @description Invalid input: `fields` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, finance. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No recharge with this id has been logged. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The recharge was already reversed (a recharge is reversed once), or a concurrent change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 100kb. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body's encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A domain rule refused the command. Also: the Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    listSafeguardingConcerns: {
        parameters: {
            query?: {
                /** @description Only concerns flagged on or after this date. */
                from?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafeguardingConcernDto"][];
                };
            };
            /** @description from is not a date, or minPosition not a non-negative integer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    listTierDecisions: {
        parameters: {
            query?: {
                /** @description Only the decisions of this academic year; every year when absent. */
                academicYear?: string;
                /** @description As recorded: the answer as the system knew it at this instant (what the live endpoint answered then), even after later corrections. A future instant reads live. */
                asOf?: string;
                /** @description Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then. */
                minPosition?: string;
                /** @description As effective: the state on this date by everything known now (or at asOf, when both are given). */
                on?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierHistoryEntryDto"][];
                };
            };
            /** @description academicYear is not an academic year, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestBodyDto"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Allowed to: trust-admin, standards-committee, improvement-director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected failure (no details are disclosed). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The read model has not reached minPosition yet (see Retry-After). Also: The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
}
