package nl.plekwijzer.contracts;

/** How often a short stay recurs (domain rule 21: sometimes as a regular rhythm). */
public enum ShortStayRhythm {
    ONCE, WEEKLY, FORTNIGHTLY, MONTHLY
}
