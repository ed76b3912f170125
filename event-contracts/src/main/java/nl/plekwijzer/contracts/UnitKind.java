package nl.plekwijzer.contracts;

/** The kinds of residential youth-care places (see docs/domain.md, glossary). */
public enum UnitKind {
    FOSTER_CARE, FAMILY_HOME, RESIDENTIAL_GROUP, TREATMENT_GROUP, CRISIS_BED, CRISIS_GROUP, SECURE_CARE,
    SUPPORTED_INDEPENDENCE, RESPITE
}
