package nl.plekwijzer.contracts;

/** Problem domains: GGZ, LVB and J&O. */
public enum Domain {
    MENTAL_HEALTH, INTELLECTUAL_DISABILITY, PARENTING_SUPPORT
}
