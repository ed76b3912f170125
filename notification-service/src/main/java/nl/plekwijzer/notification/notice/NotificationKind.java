package nl.plekwijzer.notification.notice;

/** What a notification is about; subscriptions name these. */
public enum NotificationKind {
    /** A waiting request has a fitting free place again (its referrer, coordinators). */
    FITTING_PLACE_APPEARED,
    /** A coordinator proposed a request to one of the provider's units. */
    PROPOSAL_RECEIVED,
    PROPOSAL_ACCEPTED,
    PROPOSAL_DECLINED,
    /** A proposal's hold ended without an answer. */
    PROPOSAL_EXPIRED,
    /** A crisis request nobody accepted a day after submission. */
    CRISIS_UNPLACED,
    /** Day 21 of a 28-day crisis stay: a week left to find the follow-up place. */
    CRISIS_DAY_21,
    /** The last day of a crisis stay. */
    CRISIS_END_DATE,
    /** A crisis stay past its end: a bridging placement now. */
    BRIDGING_PLACEMENT,
    /** A unit's status was not confirmed in time (its provider, the coordinators). */
    UNIT_WENT_STALE,
    /** Every day a unit stays stale, its provider is reminded. */
    UNIT_STILL_STALE,
    /** A unit stale for days (the coordinators). */
    UNIT_STALE_FOR_DAYS,
    /** A request's decision ends within two weeks (its referrer). */
    DECISION_EXPIRING
}
